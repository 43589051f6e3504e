package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.RatingWords;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the skill says about "from zero to ten, how bad is your back?": asking, answering, and the week's trend. */
public final class RatingReplies {
    private final Content content;

    public RatingReplies(Content content) {
        this.content = content;
    }

    /** Before a routine: the question, with "or say skip" in the reprompt. */
    public Reply ask() {
        return Answers.ask("", content.text(Msg.RATING_ASK), content.text(Msg.RATING_ASK_REPROMPT));
    }

    /** The question said again ("what did you say?"). */
    public Reply repeat(boolean after) {
        return Answers.ask("", content.text(after ? Msg.RATING_ASK_AFTER : Msg.RATING_ASK),
                content.text(after ? Msg.RATING_ASK_AFTER_REPROMPT : Msg.RATING_ASK_REPROMPT));
    }

    /** The question again, after an answer that was not a number ("Sorry, I didn't catch that." first when misheard). */
    public Reply askAgain(boolean after, boolean misheard) {
        String again = content.text(after ? Msg.RATING_ASK_AFTER_REPROMPT : Msg.RATING_AGAIN);
        return Answers.ask(misheard ? content.text(Msg.QUESTION_AGAIN) : "", again,
                content.text(after ? Msg.RATING_ASK_AFTER_REPROMPT : Msg.RATING_ASK_REPROMPT));
    }

    /** "Six out of ten. Thanks.", said before the routine's introduction. */
    public String thanks(int rating) {
        return content.format(Msg.RATING_THANKS, Map.of("n", rating));
    }

    /** Eight or more: the safe advice, then the gentlest routine offered (lying down). */
    public Reply severe(int rating) {
        return Answers.ask(content.format(Msg.RATING_SEVERE, Map.of("n", rating)), content.text(Msg.RATING_SEVERE_OFFER),
                content.text(Msg.RATING_SEVERE_REPROMPT));
    }

    /** The routine's closing words, then "Before you go: from zero to ten, how's your back now?" */
    public Reply doneAsking(String doneSpeech) {
        return Answers.ask(doneSpeech, content.text(Msg.RATING_ASK_AFTER), content.text(Msg.RATING_ASK_AFTER_REPROMPT));
    }

    /**
     * The rating after the routine against the one before it; eight or more adds the safe advice,
     * otherwise goodbye. The session ends.
     */
    public Reply after(int before, int after, String goodbye) {
        Msg msg = after < before ? Msg.RATING_AFTER_BETTER : after == before ? Msg.RATING_AFTER_SAME : Msg.RATING_AFTER_WORSE;
        String said = content.format(msg, Map.of("before", before, "after", after));
        if (after >= RatingWords.SEVERE) {
            return Answers.tell(said + " " + content.format(Msg.RATING_SEVERE, Map.of("n", after)));
        }
        return Answers.tell(said + " " + goodbye);
    }

    /** A rating said on its own ("my back's a five today"): noted, then an offer to stretch. */
    public Reply noted(int rating) {
        String prompt = content.text(Msg.RATING_NOTED_PROMPT);
        return Answers.ask(content.format(Msg.RATING_NOTED, Map.of("n", rating)), prompt, prompt);
    }

    /** A rating under eight said between stretches: acknowledged (not stored: it is neither before nor after), and the routine waits for "next". */
    public Reply midRoutine(int rating, String prompt) {
        return Answers.ask(content.format(Msg.RATING_NOTED_MID_ROUTINE, Map.of("n", rating)), prompt, prompt);
    }

    /**
     * "How's my back been this week": the days rated ({@code byDay}: each day's first rating, oldest
     * first), from the first to the latest with the change, then what a routine did on average
     * ({@code drops}: before minus after, averaged and rounded), then an offer to stretch.
     */
    public Reply trend(Map<LocalDate, Integer> byDay, List<Integer> drops, LocalDate today) {
        Ssml speech = Ssml.create();
        if (byDay.isEmpty()) {
            speech.say(content.text(Msg.TREND_NONE));
        } else if (byDay.size() == 1) {
            Map.Entry<LocalDate, Integer> only = byDay.entrySet().iterator().next();
            speech.say(content.format(Msg.TREND_ONE, Map.of("n", only.getValue(), "day", day(only.getKey(), today))));
        } else {
            List<Map.Entry<LocalDate, Integer>> days = new ArrayList<>(byDay.entrySet());
            Map.Entry<LocalDate, Integer> first = days.get(0);
            Map.Entry<LocalDate, Integer> last = days.get(days.size() - 1);
            speech.say(content.format(Msg.TREND_MANY, Map.of("count", days.size(), "first", first.getValue(),
                    "firstDay", day(first.getKey(), today), "last", last.getValue(), "lastDay", day(last.getKey(), today))));
            int change = first.getValue() - last.getValue();
            speech.say(change == 0 ? content.text(Msg.TREND_SAME)
                    : change == 1 ? content.text(Msg.TREND_BETTER_ONE)
                    : change > 1 ? content.format(Msg.TREND_BETTER, Map.of("d", change))
                    : change == -1 ? content.text(Msg.TREND_WORSE_ONE)
                    : content.format(Msg.TREND_WORSE, Map.of("d", -change)));
        }
        if (!drops.isEmpty()) {
            long drop = Math.round(drops.stream().mapToInt(Integer::intValue).average().orElse(0));
            speech.say(drop == 0 ? content.text(Msg.TREND_ROUTINES_SAME)
                    : drop == 1 ? content.text(Msg.TREND_ROUTINES_ONE)
                    : drop > 1 ? content.format(Msg.TREND_ROUTINES, Map.of("d", drop))
                    : content.text(Msg.TREND_ROUTINES_UP));
        }
        String prompt = content.text(Msg.PROGRESS_PROMPT);
        speech.say(prompt);
        return Reply.builder().speech(speech).ask(Ssml.create().say(prompt)).build();
    }

    /** "today", "yesterday", "on Monday". */
    private String day(LocalDate date, LocalDate today) {
        long ago = ChronoUnit.DAYS.between(date, today);
        if (ago == 0) {
            return content.text(Msg.TREND_TODAY);
        }
        if (ago == 1) {
            return content.text(Msg.TREND_YESTERDAY);
        }
        String name = content.variants(Msg.TREND_DAYS).get(date.getDayOfWeek().getValue() - 1);
        return content.format(Msg.TREND_ON_DAY, Map.of("day", name));
    }
}
