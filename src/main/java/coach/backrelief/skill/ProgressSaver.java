package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * Writes the turn's queued progress change once, conditionally on the version read in this
 * request. Store faults are logged once by the progress service and never reach the user. A
 * change queued with {@link Turn#changeProgressAfterAnswer} is handed to the background instead
 * (it reads afresh there), so that answer waits for no storage at all.
 */
final class ProgressSaver implements ResponseInterceptor {
    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Object attribute = input.getAttributesManager().getRequestAttributes().get(Turn.ATTRIBUTE);
        if (attribute instanceof Turn turn && turn.progressChange() != null && turn.userId() != null) {
            if (turn.progressAfterAnswer()) {
                turn.progressService().updateLater(turn.userId(), turn.progressChange());
            } else {
                turn.progressService().update(turn.userId(), turn.progressRead(), turn.progressChange());
            }
        }
    }
}
