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

    public static Optional<String> nameOf(HandlerInput input) {
        if (input.getRequest() instanceof IntentRequest ir && ir.getIntent() != null) {
            return Optional.ofNullable(ir.getIntent().getName());
        }
        return Optional.empty();
    }

    /** True for an IntentRequest naming any of these intents. */
    public static Predicate<HandlerInput> isAny(Intent... intents) {
        Set<String> names = Stream.of(intents).map(Intent::modelName).collect(Collectors.toUnmodifiableSet());
        return input -> nameOf(input).filter(names::contains).isPresent();
    }

    /** The raw spoken value of a slot, when present. */
    public static Optional<String> slotValue(HandlerInput input, Slot slot) {
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
            if (resolution.getStatus() != null && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                    && resolution.getValues() != null) {
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper.getValue() != null && wrapper.getValue().getId() != null) {
                        return Optional.of(wrapper.getValue().getId());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
