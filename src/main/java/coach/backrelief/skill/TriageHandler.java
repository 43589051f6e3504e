package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.Assessment;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.routine.Event;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * The user's own words, read by the triage before anything else (registered first). A red flag
 * in any slot of any intent, in a routine or not, gets its tier's guidance and never a stretch;
 * a sensation without a place gets one direct question ("is it in both legs…?"), whose answer is
 * read here too. Free text with no flag (the SearchQuery intents) goes to the topic it names, or
 * to the fallback.
 */
final class TriageHandler implements RequestHandler {
    private final Routines routines;
    private final PendingQuestionHandler pending;

    TriageHandler(Routines routines) {
        this.routines = routines;
        this.pending = new PendingQuestionHandler(routines);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        Turn turn = Turn.of(input);
        if (turn.state().question() == Question.SYMPTOM_WHERE && answersWhere(input)) {
            return true;
        }
        Assessment a = turn.assessment();
        return a.flag().isPresent() || a.clarify()
                || Intents.isAny(Intent.DESCRIBE_SYMPTOM, Intent.COMMAND, Intent.NOT, Intent.CANNOT, Intent.QUESTION,
                Intent.WHY_QUESTION, Intent.SYMPTOM_REPORT).test(input);
    }

    /** Intents that answer "is it in both legs, or around your groin or bottom?" (or fail to, and hear it again). */
    private static boolean answersWhere(HandlerInput input) {
        return Intents.isAny(Intent.YES, Intent.NO, Intent.MAYBE, Intent.REPEAT, Intent.FALLBACK).test(input)
                || Turn.of(input).hasWords();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Assessment a = turn.assessment();
        if (turn.state().question() == Question.SYMPTOM_WHERE) {
            return Responses.send(input, answerToWhere(input, turn, a));
        }
        Reply reply;
        if (a.needsCare()) {
            reply = Dialogs.redFlag(turn, a.tier());
        } else if (a.flag().isPresent()) {
            reply = turn.state().routine() != null
                    ? routines.apply(input, turn, new Event.ItHurts(RoutineControlHandler.elapsed(input, turn))) : Dialogs.routineCare(turn);
        } else if (a.clarify()) {
            reply = Dialogs.askWhere(turn);
        } else if (turn.state().question() == Question.SAFETY_SCREEN) {
            reply = routines.askScreenAgain(turn);
        } else if (turn.state().routine() != null) {
            reply = a.pain() ? routines.apply(input, turn, new Event.ItHurts(RoutineControlHandler.elapsed(input, turn)))
                    : a.topic().map(t -> Dialogs.topic(turn, t, true)).orElseGet(() -> routines.fallback(turn));
        } else if (Intents.isAny(Intent.SYMPTOM_REPORT).test(input)) {
            reply = a.topic().map(t -> Dialogs.topic(turn, t, true)).orElseGet(() -> Dialogs.unclearSymptom(turn));
        } else if (turn.state().question() != Question.NONE && a.topic().isEmpty()) {
            // words that name nothing do not drop the question waiting: it is asked again
            reply = pending.askAgain(turn, true);
        } else {
            reply = a.topic().map(t -> Dialogs.topic(turn, t, true)).orElseGet(() -> Dialogs.fallback(turn));
        }
        return Responses.send(input, reply);
    }

    /**
     * "Yes" or "maybe" means both legs or the saddle area: emergency. "No" means elsewhere (one leg,
     * a foot): see a doctor today. Words are read as "numbness or weakness in" + the answer. Anything
     * else asks again.
     */
    private static Reply answerToWhere(HandlerInput input, Turn turn, Assessment a) {
        if (a.needsCare()) {
            return Dialogs.redFlag(turn, a.tier());
        }
        if (Intents.isAny(Intent.YES).test(input)) {
            return Dialogs.redFlag(turn, RedFlag.Tier.EMERGENCY);
        }
        if (Intents.isAny(Intent.MAYBE).test(input)) {
            return Dialogs.redFlag(turn, RedFlag.Tier.EMERGENCY, turn.content().text(Msg.SAFETY_MAYBE));
        }
        if (Intents.isAny(Intent.NO).test(input) || turn.hasWords()) {
            return Dialogs.redFlag(turn, RedFlag.Tier.URGENT);
        }
        return Dialogs.askWhere(turn);
    }
}
