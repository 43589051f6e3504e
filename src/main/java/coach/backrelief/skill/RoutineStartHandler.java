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
        return Responses.send(input, routines.start(input, turn, new RoutineChoice(choose(input, turn).id(), continuous)));
    }

    /** The routine named, or the one that fits the minutes asked, or the default. */
    static Routine choose(HandlerInput input, Turn turn) {
        var catalog = turn.content().catalog();
        Optional<Routine> named = Intents.resolvedId(input, Slot.ROUTINE).flatMap(catalog::routine);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<Integer> minutes = Intents.slotValue(input, Slot.MINUTES).flatMap(RoutineStartHandler::number);
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
