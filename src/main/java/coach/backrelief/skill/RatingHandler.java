package coach.backrelief.skill;

import coach.backrelief.knowledge.Assessment;
import coach.backrelief.knowledge.RatingWords;
import coach.backrelief.routine.Event;
import coach.backrelief.speech.RatingReplies;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * "From zero to ten, how bad is your back?" answered: a number ("six", "about a six or seven"), the
 * top of the scale in words ("the worst ever"), or a decline ("skip", "no", silence's reprompt
 * says so). Registered before the triage, which it leaves every emergency and urgent sign to: "a
 * ten, and I can't feel my legs" is an emergency, not a rating; a sign that only calls for an
 * appointment does not stop a rating that was asked for (eight or more gets the advice anyway). While the question waits, the user's own words are
 * read for a rating whatever intent carried them; "yes" (no number) asks again, "I don't know" skips.
 * A rating said without the question: eight or more mid-routine stops the stretch like "it hurts";
 * otherwise it is noted.
 */
final class RatingHandler implements RequestHandler {
    private final Routines routines;

    RatingHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        Turn turn = Turn.of(input);
        boolean rated = Intents.isAny(Intent.RATING).test(input);
        if (!rated && !pending(turn)) {
            return false;
        }
        Assessment a = turn.assessment();
        if (a.needsCare() || a.clarify()) {
            return false;
        }
        if (!pending(turn)) {
            // a sign to book an appointment ("it's not getting better") is the triage's, unless asked for a number
            return a.flag().isEmpty();
        }
        return rated || rating(input, turn).isPresent() || declines(input, turn)
                || Intents.isAny(Intent.YES, Intent.AFFIRM).test(input);
    }

    private static boolean pending(Turn turn) {
        Question q = turn.state().question();
        return q == Question.RATE_BEFORE || q == Question.RATE_AFTER;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        OptionalInt rating = rating(input, turn);
        SessionState state = turn.state();
        RatingReplies replies = new RatingReplies(turn.content());
        Reply reply = switch (state.question()) {
            case RATE_BEFORE -> {
                RoutineChoice choice = RoutineChoice.parse(state.questionArg()).orElseThrow();
                if (rating.isPresent()) {
                    yield routines.ratedBefore(input, turn, choice, rating.getAsInt());
                }
                if (declines(input, turn)) {
                    yield routines.begin(input, turn, choice);
                }
                yield askAgain(turn, replies, false);
            }
            case RATE_AFTER -> {
                int before = Integer.parseInt(state.questionArg());
                if (rating.isPresent()) {
                    yield Routines.ratedAfter(turn, before, rating.getAsInt());
                }
                if (declines(input, turn)) {
                    yield Dialogs.goodbye(turn);
                }
                yield askAgain(turn, replies, true);
            }
            // a number is not an answer to the safety questions: they are asked again
            case SAFETY_SCREEN -> routines.askScreenAgain(turn);
            case SYMPTOM_WHERE -> Dialogs.askWhere(turn);
            default -> unasked(input, turn, rating, replies);
        };
        return Responses.send(input, reply);
    }

    private static Reply askAgain(Turn turn, RatingReplies replies, boolean after) {
        turn.next(turn.next().asking(turn.state().question(), turn.state().questionArg()));
        return replies.askAgain(after, false);
    }

    /** A rating nobody asked for: mid-routine, eight or more stops the stretch; otherwise noted (and, idle, stored). */
    private Reply unasked(HandlerInput input, Turn turn, OptionalInt rating, RatingReplies replies) {
        if (rating.isEmpty()) {
            return turn.state().routine() != null ? routines.fallback(turn) : Dialogs.fallback(turn);
        }
        int n = rating.getAsInt();
        if (turn.state().routine() != null) {
            if (n >= RatingWords.SEVERE) {
                return routines.apply(input, turn, new Event.ItHurts(RoutineControlHandler.elapsed(input, turn)));
            }
            turn.routineSpoke();
            return replies.midRoutine(n, turn.content().pick(coach.backrelief.content.Msg.ROUTINE_STEP_PROMPT_SHORT,
                    turn.random()));
        }
        java.time.LocalDate today = turn.today();
        turn.changeProgress(p -> p.withRatingBefore(today, n));
        if (n >= RatingWords.SEVERE) {
            return Routines.severe(turn, n);
        }
        turn.next(turn.next().asking(Question.OFFER_ROUTINE, null).said(null));
        return replies.noted(n);
    }

    /**
     * The rating in this request: the number slot (0 to 10, more counts as 10), else the level Alexa
     * resolved ("the worst ever": 10), else the user's words ("no pain at all": 0).
     */
    static OptionalInt rating(HandlerInput input, Turn turn) {
        Optional<String> number = Intents.slotValue(input, Slot.RATING);
        if (number.isPresent() && number.get().matches("\\d{1,6}")) {
            return OptionalInt.of((int) Math.min(RatingWords.TOP, Long.parseLong(number.get())));
        }
        if (number.isPresent()) {
            // a number slot filled with words ("a seven today"): read as the user's words
            OptionalInt said = turn.content().ratingWords().read(number.get());
            if (said.isPresent()) {
                return said;
            }
        }
        Optional<String> level = Intents.resolvedId(input, Slot.LEVEL);
        if (level.isPresent()) {
            return OptionalInt.of(RatingWords.TOP);
        }
        return turn.hasWords() ? turn.content().ratingWords().read(spoken(input, turn)) : OptionalInt.empty();
    }

    /**
     * The user's words with what their carrier phrase stood for put back (the triage's prefix of the
     * intent, from content): "no pain at all" reaches the code as DenyIntent with "pain at all".
     */
    private static String spoken(HandlerInput input, Turn turn) {
        String prefix = turn.content().triage().prefix(Intents.nameOf(input).orElse(""));
        return prefix.isEmpty() ? turn.words() : prefix + " " + turn.words();
    }

    /** "Skip", "no", "next", "not now", "I don't know": the question is passed over. */
    private static boolean declines(HandlerInput input, Turn turn) {
        return Intents.isAny(Intent.SKIP, Intent.NEXT, Intent.NO, Intent.DENY, Intent.MAYBE).test(input)
                && rating(input, turn).isEmpty()
                || turn.hasWords() && turn.content().ratingWords().declines(spoken(input, turn));
    }
}
