package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.routine.Place;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.RatingReplies;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pending question survives a misunderstanding: while a question waits, "repeat" (or "what did
 * you say?") says the last answer again, which ends on the question, words Alexa could not match
 * (the fallback) get "Sorry, I didn't catch that." and the question again, and "wait" or "hang on"
 * (no routine playing) gets "Take your time." and the question again; either way it stays pending,
 * so the "yes" or "no" that follows still answers it. Any other intent is the user moving
 * on, and other handlers take it.
 */
final class PendingQuestionHandler implements RequestHandler {
    private final Routines routines;

    PendingQuestionHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        SessionState state = Turn.of(input).state();
        return state.question() != Question.NONE && (Intents.isAny(Intent.REPEAT, Intent.FALLBACK).test(input)
                // "wait", "hang on" with no routine playing: time to think, not a pause
                || state.routine() == null && Intents.isAny(Intent.PAUSE).test(input));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        if (Intents.isAny(Intent.PAUSE).test(input)) {
            return Responses.send(input, askAgain(turn, false).leadingWith(turn.content().text(Msg.QUESTION_WAIT)));
        }
        boolean misheard = Intents.isAny(Intent.FALLBACK).test(input);
        Question question = turn.state().question();
        if (!misheard && question != Question.SAFETY_SCREEN) {
            // "repeat": the whole last answer, when that answer is the one that asked this question
            SessionState before = turn.next();
            Reply replayed = RepeatHandler.replay(turn);
            if (replayed != null && turn.next().question() == question) {
                turn.next(turn.next().asking(question, turn.state().questionArg()));
                return Responses.send(input, replayed);
            }
            turn.next(before);
        }
        return Responses.send(input, askAgain(turn, misheard));
    }

    /** The pending question again, after "Sorry, I didn't catch that." when {@code misheard}; it stays pending. */
    Reply askAgain(Turn turn, boolean misheard) {
        Content c = turn.content();
        Question question = turn.state().question();
        String arg = turn.state().questionArg();
        switch (question) {
            case SAFETY_SCREEN -> {
                return routines.askScreenAgain(turn);
            }
            case SYMPTOM_WHERE -> {
                return Dialogs.askWhere(turn);
            }
            case RATE_BEFORE, RATE_AFTER -> {
                turn.next(turn.next().asking(question, arg));
                RatingReplies replies = new RatingReplies(c);
                boolean after = question == Question.RATE_AFTER;
                return misheard ? replies.askAgain(after, true) : replies.repeat(after);
            }
            default -> {
                String asked = switch (question) {
                    case OFFER_GENTLE -> c.text(Msg.ROUTINE_HURTS_OFFER_GENTLE);
                    case OFFER_RESUME -> c.text(Msg.RESUME_OFFER_REPROMPT);
                    case CONFIRM_FORGET -> c.text(Msg.FORGET_CONFIRM);
                    case OFFER_ROUTINE -> offersPlace(c, arg, Place.BED) ? c.text(Msg.RATING_SEVERE_REPROMPT)
                            : offersPlace(c, arg, Place.CHAIR) ? c.text(Msg.NO_FLOOR_REPROMPT)
                            : c.text(Msg.QUESTION_OFFER_ROUTINE);
                    case OFFER_TOPIC -> offerTopic(c, arg);
                    default -> throw new IllegalStateException("no words for " + question);
                };
                turn.next(turn.next().asking(question, arg));
                return Answers.ask(misheard ? c.text(Msg.QUESTION_AGAIN) : "", asked, asked);
            }
        }
    }

    /**
     * The offer was of a routine done in {@code place}: the chair routine is offered to someone who
     * can't get down to the floor ("Would you like the chair routine? Or say bed routine."), the bed
     * routine after a rating of eight or more ("Would you like the bed routine? You do it lying down.").
     */
    private static boolean offersPlace(Content c, String routineId, Place place) {
        return c.catalog().routine(routineId).filter(r -> r.place() == place).isPresent();
    }

    private static String offerTopic(Content c, String topicId) {
        Optional<Topic> topic = topicId == null ? Optional.empty() : Topic.forId(topicId);
        if (topic.isEmpty()) {
            return c.text(Msg.QUESTION_OFFER_ROUTINE);
        }
        String title = c.topic(topic.get()).title();
        String about = title.isEmpty() ? title : title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
        return c.format(Msg.QUESTION_OFFER_TOPIC, Map.of("topic", about));
    }
}
