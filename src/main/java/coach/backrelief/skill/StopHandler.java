package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Stop and Cancel: a short goodbye, and the session ends. */
final class StopHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.STOP, Intent.CANCEL).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Responses.send(input, Dialogs.goodbye(Turn.of(input)));
    }
}
