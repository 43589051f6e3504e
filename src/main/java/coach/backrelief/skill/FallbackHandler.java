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

    private final Routines routines;

    FallbackHandler(Routines routines) {
        this.routines = routines;
    }

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
        Turn turn = Turn.of(input);
        // the safety question survives a misunderstanding: it is asked again, as for words the triage could not read
        if (turn.state().question() == Question.SAFETY_SCREEN) {
            return Responses.send(input, routines.askScreenAgain(turn));
        }
        return Responses.send(input, Dialogs.fallback(turn));
    }
}
