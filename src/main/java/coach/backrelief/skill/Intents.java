package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small helpers to read intents and resolved slot ids, and predicates for {@code canHandle}. */
public final class Intents {
    private Intents() {
    }

    /** The intent Alexa sent, or null for other request types. */
    public static Optional<String> nameOf(HandlerInput input) {
        if (input.getRequest() instanceof IntentRequest ir && ir.getIntent() != null) {
            return Optional.ofNullable(ir.getIntent().getName());
        }
        return Optional.empty();
    }

    /**
     * The intent the request stands for: for the free-text intents, what their words ask for (see
     * {@link Turn#intent()}); otherwise the intent Alexa sent.
     */
    public static Optional<String> understood(HandlerInput input) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(Turn.ATTRIBUTE);
        if (turn instanceof Turn t && input.getRequest() instanceof IntentRequest) {
            return Optional.of(t.intent());
        }
        return nameOf(input);
    }

    /** True for an IntentRequest naming any of these intents. */
    public static Predicate<HandlerInput> isAny(Intent... intents) {
        Set<String> names = Stream.of(intents).map(Intent::modelName).collect(Collectors.toUnmodifiableSet());
        return input -> understood(input).filter(names::contains).isPresent();
    }

    /**
     * The user's own words in this request: the value of every slot that carries words (not
     * numbers), joined as sentences; "" when none.
     */
    public static String freeText(HandlerInput input) {
        if (!(input.getRequest() instanceof IntentRequest ir) || ir.getIntent() == null
                || ir.getIntent().getSlots() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        ir.getIntent().getSlots().forEach((name, slot) -> {
            boolean words = Slot.forName(name).map(Slot::carriesWords).orElse(true);
            if (words && slot != null && slot.getValue() != null && !slot.getValue().isBlank()) {
                text.append(text.length() == 0 ? "" : ". ").append(slot.getValue().strip());
            }
        });
        return text.toString();
    }

    /** The raw spoken value of a slot, when present. */
    public static Optional<String> slotValue(HandlerInput input, Slot slot) {
        Optional<String> understood = fromWords(input, slot);
        if (understood.isPresent()) {
            return understood;
        }
        if (!(input.getRequest() instanceof IntentRequest ir) || ir.getIntent() == null
                || ir.getIntent().getSlots() == null || ir.getIntent().getSlots().get(slot.slotName()) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ir.getIntent().getSlots().get(slot.slotName()).getValue()).filter(v -> !v.isBlank());
    }

    /**
     * The entity-resolution id of a slot (for example {@code HEAT_COLD}), when Alexa matched the
     * spoken value to one of the slot type's values.
     */
    public static Optional<String> resolvedId(HandlerInput input, Slot slot) {
        Optional<String> understood = fromWords(input, slot);
        if (understood.isPresent()) {
            return understood;
        }
        if (!(input.getRequest() instanceof IntentRequest ir) || ir.getIntent() == null
                || ir.getIntent().getSlots() == null) {
            return Optional.empty();
        }
        var value = ir.getIntent().getSlots().get(slot.slotName());
        if (value == null || value.getResolutions() == null
                || value.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution resolution : value.getResolutions().getResolutionsPerAuthority()) {
            // a list element may be null in a malformed envelope
            if (resolution != null && resolution.getStatus() != null
                    && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                    && resolution.getValues() != null) {
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper != null && wrapper.getValue() != null && wrapper.getValue().getId() != null) {
                        return Optional.of(wrapper.getValue().getId());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A slot the request's free words filled ("the easy one" → GENTLE), when they stand for another intent. */
    private static Optional<String> fromWords(HandlerInput input, Slot slot) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(Turn.ATTRIBUTE);
        return turn instanceof Turn t ? t.understoodSlot(slot) : Optional.empty();
    }
}
