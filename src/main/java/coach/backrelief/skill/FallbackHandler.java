package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Fallback, and the catch-all for any intent no other handler took (registered last among intents). */
final class FallbackHandler implements RequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof IntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        String name = Intents.nameOf(input).orElse("");
        if (Intent.forName(name).isEmpty()) {
            LOG.warn("unknown intent '{}' answered with fallback", name);
        }
        return Responses.send(input, Dialogs.fallback(Turn.of(input)));
    }
}
