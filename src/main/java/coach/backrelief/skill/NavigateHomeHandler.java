package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.speech.Answers;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** NavigateHome (screen devices): back to the main menu, with a question. */
final class NavigateHomeHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.NAVIGATE_HOME).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        var c = turn.content();
        turn.next(turn.next().cleared().said(Replay.LAUNCH));
        return Responses.send(input, Answers.ask(c.text(Msg.HOME), c.text(Msg.LAUNCH_PROMPT), c.text(Msg.LAUNCH_REPROMPT)));
    }
}
