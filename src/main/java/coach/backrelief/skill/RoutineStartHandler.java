package coach.backrelief.skill;

import coach.backrelief.routine.Routine;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** "Start my back stretches", "the quick routine", "a five minute routine", "play my whole routine without stopping", "what routines are there". */
final class RoutineStartHandler implements RequestHandler {
    private final Routines routines;

    RoutineStartHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.START_ROUTINE, Intent.CONTINUOUS_ROUTINE, Intent.LIST_ROUTINES).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        if (Intents.isAny(Intent.LIST_ROUTINES).test(input)) {
            return Responses.send(input, routines.list(turn));
        }
        boolean continuous = Intents.isAny(Intent.CONTINUOUS_ROUTINE).test(input);
        if (unknownName(input, turn)) {
            // "the bendy one": a name we do not know gets the list, not a routine the user did not ask for
            return Responses.send(input, routines.list(turn));
        }
        return Responses.send(input, routines.start(input, turn, new RoutineChoice(choose(input, turn).id(), continuous)));
    }

    /** The routine slot has words that name no routine, even read by the triage ("easy going one" does). */
    private static boolean unknownName(HandlerInput input, Turn turn) {
        Optional<String> words = Intents.slotValue(input, Slot.ROUTINE);
        if (words.isEmpty() || Intents.resolvedId(input, Slot.ROUTINE).isPresent()) {
            return false;
        }
        // "stretches", "ten minutes of stretches": words about stretching, not a name; those keep the usual choice
        var read = turn.content().triage().assess(words.get());
        return read.routine().isEmpty() && read.act().isEmpty() && read.minutes().isEmpty() && read.topic().isEmpty();
    }

    /** The routine named (resolved by Alexa, else read by the triage), or the one that fits the minutes asked, or the default. */
    static Routine choose(HandlerInput input, Turn turn) {
        var catalog = turn.content().catalog();
        Optional<Routine> named = Intents.resolvedId(input, Slot.ROUTINE)
                .or(() -> Intents.slotValue(input, Slot.ROUTINE).flatMap(w -> turn.content().triage().assess(w).routine()))
                .flatMap(catalog::routine);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<Integer> minutes = Intents.slotValue(input, Slot.MINUTES).flatMap(RoutineStartHandler::number)
                .or(() -> Intents.slotValue(input, Slot.ROUTINE).flatMap(w -> turn.content().triage().assess(w).minutes()));
        return minutes.map(m -> Routines.forMinutes(turn.content(), m)).orElseGet(() -> Routines.preferredOrDefault(turn));
    }

    private static Optional<Integer> number(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 && n < 120 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
