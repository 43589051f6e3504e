package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;

import java.util.Map;

/** What the skill says about a user's progress: the week, streaks, resuming, forgetting. */
public final class ProgressReplies {
    private final Content content;

    public ProgressReplies(Content content) {
        this.content = content;
    }

    /** "That's 3 days in a row." for a streak of two days or more, else null. */
    public String streakNote(int streak) {
        return streak >= 2 ? content.format(Msg.PROGRESS_STREAK, Map.of("n", streak)) : null;
    }

    /** "How am I doing": days in the last week, the current and best streaks, then an offer to stretch. */
    public Reply summary(boolean available, int daysThisWeek, int streak, int best) {
        Ssml speech = Ssml.create();
        if (!available) {
            speech.say(content.text(Msg.PROGRESS_UNAVAILABLE));
        } else if (best == 0) {
            speech.say(content.text(Msg.PROGRESS_NONE));
        } else {
            speech.say(daysThisWeek == 1 ? content.text(Msg.PROGRESS_WEEK_ONE)
                    : content.format(Msg.PROGRESS_WEEK, Map.of("days", daysThisWeek)));
            speech.say(streakNote(streak));
            if (best > Math.max(streak, 1)) {
                speech.say(content.format(Msg.PROGRESS_BEST, Map.of("n", best)));
            }
        }
        speech.say(content.text(Msg.PROGRESS_PROMPT));
        return Reply.builder().speech(speech).ask(Ssml.create().say(content.text(Msg.PROGRESS_PROMPT))).build();
    }

    /** The offer on launch to pick up a saved routine. */
    public String resumeOffer(String routineName, String stretchName) {
        return content.format(Msg.RESUME_OFFER, Map.of("name", routineName, "stretch",
                RoutineScript.spoken(stretchName)));
    }

    public Reply confirmForget() {
        return Answers.ask(content.text(Msg.FORGET_CONFIRM), "", content.text(Msg.FORGET_CONFIRM_REPROMPT));
    }

    public Reply forgot(boolean deleted) {
        return Answers.ask(content.text(deleted ? Msg.FORGET_DONE : Msg.FORGET_FAILED), content.text(Msg.FOLLOW_UP_NEXT),
                content.text(Msg.FOLLOW_UP_REPROMPT));
    }

    public Reply kept() {
        return Answers.ask(content.text(Msg.FORGET_KEPT), content.text(Msg.FOLLOW_UP_NEXT), content.text(Msg.FOLLOW_UP_REPROMPT));
    }
}
