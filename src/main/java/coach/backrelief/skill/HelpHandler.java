package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Help: what the skill can do, ending with a question. */
final class HelpHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.HELP).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Responses.send(input, Dialogs.help(Turn.of(input)));
    }
}
