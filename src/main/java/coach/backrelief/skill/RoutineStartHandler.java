package coach.backrelief.skill;

import coach.backrelief.knowledge.Assessment;
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
        Optional<Assessment> unresolved = unresolvedName(input, turn);
        if (unresolved.filter(RoutineStartHandler::namesNothing).isPresent()) {
            // "the bendy one": a name we do not know gets the list, not a routine the user did not ask for
            return Responses.send(input, routines.list(turn));
        }
        return Responses.send(input, routines.start(input, turn,
                new RoutineChoice(choose(input, turn, unresolved).id(), continuous)));
    }

    /** Words in the routine slot that Alexa could not resolve, as the triage reads them. */
    private static Optional<Assessment> unresolvedName(HandlerInput input, Turn turn) {
        if (Intents.resolvedId(input, Slot.ROUTINE).isPresent()) {
            return Optional.empty();
        }
        return Intents.slotValue(input, Slot.ROUTINE).map(words -> turn.content().triage().assess(words));
    }

    /** "stretches", "ten minutes of stretches" are about stretching and keep the usual choice; "purple" names nothing. */
    private static boolean namesNothing(Assessment read) {
        return read.routine().isEmpty() && read.act().isEmpty() && read.minutes().isEmpty() && read.topic().isEmpty();
    }

    /** The routine named (resolved by Alexa, else read by the triage), or the one that fits the minutes asked, or the default. */
    private static Routine choose(HandlerInput input, Turn turn, Optional<Assessment> unresolved) {
        var catalog = turn.content().catalog();
        Optional<Routine> named = Intents.resolvedId(input, Slot.ROUTINE)
                .or(() -> unresolved.flatMap(Assessment::routine))
                .flatMap(catalog::routine);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<Integer> minutes = Intents.slotValue(input, Slot.MINUTES).flatMap(RoutineStartHandler::number)
                .or(() -> unresolved.flatMap(Assessment::minutes));
        Routine preferred = Routines.preferredOrDefault(turn);
        return minutes.map(m -> Routines.forMinutes(turn.content(), m, preferred.place())).orElse(preferred);
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
