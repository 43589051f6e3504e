package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** "Alexa, open back relief coach": welcome, one-sentence disclaimer, a question. */
final class LaunchHandler implements LaunchRequestHandler {
    @Override
    public boolean canHandle(HandlerInput input, LaunchRequest request) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
        return Responses.send(input, Dialogs.launch(Turn.of(input)));
    }
}
