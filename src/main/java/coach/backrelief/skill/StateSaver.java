package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Writes the turn's next session state into the session attributes of every in-session response. */
final class StateSaver implements ResponseInterceptor {
    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        Object turn = input.getAttributesManager().getRequestAttributes().get(Turn.ATTRIBUTE);
        if (turn instanceof Turn t) {
            var attributes = input.getAttributesManager().getSessionAttributes();
            attributes.put(StateCodec.KEY, StateCodec.encode(t.next()));
            input.getAttributesManager().setSessionAttributes(attributes);
        }
    }
}
