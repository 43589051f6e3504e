package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Repeat: the last answer again, from its replay token. */
final class RepeatHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.REPEAT).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Reply reply = replay(turn);
        if (reply == null) {
            var c = turn.content();
            reply = Answers.ask(c.text(Msg.REPEAT_NOTHING), c.text(Msg.LAUNCH_REPROMPT), c.text(Msg.LAUNCH_REPROMPT));
        }
        return Responses.send(input, reply);
    }

    /** The last answer again, from the session's replay token, or null when there is none. */
    static Reply replay(Turn turn) {
        String last = turn.state().last();
        if (last == null) {
            return null;
        }
        return switch (last) {
            case Replay.LAUNCH -> Dialogs.launch(turn);
            case Replay.HELP -> Dialogs.help(turn);
            case Replay.FALLBACK -> Dialogs.fallback(turn);
            case Replay.UNCLEAR -> Dialogs.unclearSymptom(turn);
            case Replay.TOPICS -> Dialogs.topicList(turn, false);
            case Replay.ROUTINE_CARE -> Dialogs.routineCare(turn);
            case Replay.WHERE -> Dialogs.askWhere(turn);
            default -> Dialogs.topic(turn, Replay.topicOf(last).orElseThrow(), false);
        };
    }
}
