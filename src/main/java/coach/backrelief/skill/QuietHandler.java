package coach.backrelief.skill;

import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * SessionEndedRequest and every other request type the skill does not act on (APL-A runtime
 * errors, system exceptions): an empty response. Errors Alexa reports are logged once.
 */
final class QuietHandler implements RequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QuietHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (input.getRequest() instanceof SessionEndedRequest ended && ended.getError() != null) {
            LOG.warn("session ended with error {}: {}", ended.getError().getType(), ended.getError().getMessage());
        } else if (!(input.getRequest() instanceof SessionEndedRequest)) {
            LOG.info("no action for request type {}", input.getRequest().getType());
        }
        return Responses.send(input, Reply.empty());
    }
}
