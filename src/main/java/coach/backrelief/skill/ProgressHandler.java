package coach.backrelief.skill;

import coach.backrelief.progress.UserProgress;
import coach.backrelief.speech.ProgressReplies;
import coach.backrelief.speech.RatingReplies;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** "How am I doing", "how's my back been this week", "resume my stretches", "forget my progress" (with a yes/no confirmation). */
final class ProgressHandler implements RequestHandler {
    private final Routines routines;

    ProgressHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.PROGRESS, Intent.RESUME_ROUTINE, Intent.FORGET_PROGRESS, Intent.RATING_TREND).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Reply reply;
        if (Intents.isAny(Intent.RESUME_ROUTINE).test(input)) {
            reply = routines.resumeSaved(input, turn);
        } else if (Intents.isAny(Intent.FORGET_PROGRESS).test(input)) {
            reply = confirmForget(turn);
        } else if (Intents.isAny(Intent.RATING_TREND).test(input)) {
            reply = trend(turn);
        } else {
            reply = summary(turn);
        }
        return Responses.send(input, reply);
    }

    /** "This deletes your stretch history … Are you sure?" */
    static Reply confirmForget(Turn turn) {
        turn.next(turn.next().asking(Question.CONFIRM_FORGET, null));
        return new ProgressReplies(turn.content()).confirmForget();
    }

    /** An honest answer from the stored history, then an offer to stretch. */
    static Reply summary(Turn turn) {
        UserProgress progress = turn.progress();
        turn.next(turn.next().asking(Question.OFFER_ROUTINE, null));
        return new ProgressReplies(turn.content()).summary(turn.progressAvailable(),
                progress.daysStretchedInWeek(turn.today()), progress.streak(turn.today()), progress.bestStreak());
    }

    /** "How's my back been this week?": the ratings of the last seven days, then an offer to stretch. */
    static Reply trend(Turn turn) {
        UserProgress progress = turn.progress();
        if (!turn.progressAvailable()) {
            return summary(turn);
        }
        turn.next(turn.next().asking(Question.OFFER_ROUTINE, null));
        return new RatingReplies(turn.content()).trend(progress.ratingByDay(turn.today()),
                progress.ratingDrops(turn.today()), turn.today());
    }

    /** "Yes" to the confirmation: delete everything stored for this user. */
    static Reply forget(Turn turn) {
        boolean deleted = turn.userId() != null && turn.progressService().forget(turn.userId());
        turn.next(turn.next().cleared().said(null));
        return new ProgressReplies(turn.content()).forgot(deleted);
    }
}
