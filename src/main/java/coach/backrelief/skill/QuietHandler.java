package coach.backrelief.skill;

import coach.backrelief.progress.SavedRoutine;
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
        if (input.getRequest() instanceof SessionEndedRequest) {
            saveUnfinishedRoutine(Turn.of(input));
        }
        if (input.getRequest() instanceof SessionEndedRequest ended && ended.getError() != null) {
            LOG.warn("session ended with error {}: {}", ended.getError().getType(), ended.getError().getMessage());
        } else if (!(input.getRequest() instanceof SessionEndedRequest)) {
            LOG.info("no action for request type {}", input.getRequest().getType());
        }
        return Responses.send(input, Reply.empty());
    }

    /** The session closed mid-routine (silence, "exit", an error): keep the place for "resume my stretches". */
    private static void saveUnfinishedRoutine(Turn turn) {
        var routine = turn.state().routine();
        var full = routine == null ? null : turn.content().catalog().routine(routine.routineId()).orElse(null);
        if (full != null) {
            int step = Routines.toFull(turn, Routines.withoutHurt(turn, full), routine.at().step());
            var saved = new SavedRoutine(routine.routineId(), step, routine.at().side(), turn.now());
            turn.changeProgress(p -> p.saveUnfinished(saved));
        }
    }
}
