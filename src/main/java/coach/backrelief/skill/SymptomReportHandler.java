package coach.backrelief.skill;

import coach.backrelief.knowledge.RedFlag;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * The user describes a symptom. Registered before every other intent handler: an emergency sign
 * ends the session with emergency guidance whatever else was going on.
 */
final class SymptomReportHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.SYMPTOM_REPORT).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Optional<RedFlag> flag = Intents.resolvedId(input, Slot.SYMPTOM).flatMap(RedFlag::forId);
        return Responses.send(input, flag.map(f -> Dialogs.redFlag(turn, f.tier()))
                .orElseGet(() -> Dialogs.unclearSymptom(turn)));
    }
}
