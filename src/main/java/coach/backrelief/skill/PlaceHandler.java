package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.routine.Place;
import coach.backrelief.routine.Routine;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where to stretch. "I can't get down on the floor", "I can't kneel": the chair and bed routines
 * are offered ("yes" starts the chair routine, "bed" the bed one). "How do I get down on the floor
 * safely?": how to get down and back up, then the offer to stretch (mid-routine, the routine waits).
 * Mid-routine, "I can't kneel" is a request for the stretch's easier version ({@link Turn#intent()}).
 */
final class PlaceHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.NO_FLOOR, Intent.FLOOR_HELP).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Content c = turn.content();
        if (Intents.isAny(Intent.FLOOR_HELP).test(input)) {
            Instant now = turn.now();
            turn.changeProgress(p -> p.withFloorGuideHeard(now));
            String stretch = turn.state().routine() == null ? null : Routines.currentStretch(turn);
            if (stretch != null) {
                turn.next(turn.next().notAsking());
                String back = c.format(Msg.ROUTINE_BACK_TO, java.util.Map.of("stretch", stretch));
                return Responses.send(input, Answers.ask(c.text(Msg.FLOOR_GUIDE), back, back));
            }
            turn.next(turn.next().asking(Question.OFFER_ROUTINE, null));
            return Responses.send(input, Answers.ask(c.text(Msg.FLOOR_GUIDE), c.text(Msg.FLOOR_GUIDE_PROMPT),
                    c.text(Msg.FLOOR_GUIDE_PROMPT)));
        }
        List<Routine> chair = c.catalog().routinesIn(Place.CHAIR);
        if (chair.isEmpty()) {
            return Responses.send(input, Dialogs.fallback(turn));
        }
        turn.next(turn.next().asking(Question.OFFER_ROUTINE, chair.get(0).id()));
        Reply offer = Answers.ask(c.text(Msg.NO_FLOOR_OFFER), "", c.text(Msg.NO_FLOOR_REPROMPT));
        return Responses.send(input, offer);
    }
}
