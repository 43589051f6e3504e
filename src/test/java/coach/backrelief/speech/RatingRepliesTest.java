package coach.backrelief.speech;

import coach.backrelief.content.ContentRepository;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the zero-to-ten rating and the week's trend (content/en/messages.json, en-US). */
class RatingRepliesTest {
    private static final RatingReplies REPLIES = new RatingReplies(new ContentRepository().forLocale("en-US"));
    /** Friday 4 December 2026. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final String OFFER = "Want to do some stretches now?";

    private static String said(Reply reply) {
        return reply.speech().replace("<speak>", "").replace("</speak>", "").replace("&apos;", "'");
    }

    private static Map<LocalDate, Integer> days(Object... dayThenRating) {
        Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
        for (int i = 0; i < dayThenRating.length; i += 2) {
            byDay.put((LocalDate) dayThenRating[i], (Integer) dayThenRating[i + 1]);
        }
        return byDay;
    }

    @Test
    void worseBySeveralPointsOrByOne() {
        assertThat(said(REPLIES.trend(days(FRIDAY.minusDays(4), 3, FRIDAY.minusDays(1), 6), List.of(), FRIDAY)))
                .isEqualTo("This week you rated your back on 2 days, from 3 on Monday to 6 yesterday. That's 3 points "
                        + "worse. If it keeps getting worse, check with your doctor or a physical therapist. " + OFFER);
        assertThat(said(REPLIES.trend(days(FRIDAY.minusDays(2), 4, FRIDAY, 5), List.of(), FRIDAY)))
                .isEqualTo("This week you rated your back on 2 days, from 4 on Wednesday to 5 today. That's 1 point "
                        + "worse. If it keeps getting worse, check with your doctor or a physical therapist. " + OFFER);
    }

    @Test
    void betterByOneAndTheSame() {
        assertThat(said(REPLIES.trend(days(FRIDAY.minusDays(6), 5, FRIDAY, 4), List.of(), FRIDAY)))
                .isEqualTo("This week you rated your back on 2 days, from 5 on Saturday to 4 today. That's 1 point better. "
                        + OFFER);
        assertThat(said(REPLIES.trend(days(FRIDAY.minusDays(3), 5, FRIDAY.minusDays(2), 2, FRIDAY, 5), List.of(), FRIDAY)))
                .as("first to latest, whatever came between")
                .isEqualTo("This week you rated your back on 3 days, from 5 on Tuesday to 5 today. About the same. " + OFFER);
    }

    @Test
    void whatARoutineDidOnAverageRounded() {
        // drops 1 and 0: 0.5 rounds to 1 point
        assertThat(said(REPLIES.trend(days(FRIDAY, 6), List.of(1, 0), FRIDAY)))
                .isEqualTo("This week you rated your back once: 6 out of ten, today. On average, a routine took it down "
                        + "by 1 point. " + OFFER);
        // drops 0 and 0: the same
        assertThat(said(REPLIES.trend(days(FRIDAY, 6), List.of(0, 0), FRIDAY)))
                .endsWith("On average, a routine left it about the same. " + OFFER);
        // drops -2 and -1: -1.5 rounds to -1: higher after
        assertThat(said(REPLIES.trend(days(FRIDAY, 6), List.of(-2, -1), FRIDAY)))
                .endsWith("On average, it was higher after a routine. If stretching makes it worse, stop, and check with "
                        + "your doctor or a physical therapist. " + OFFER);
        // drops 3 and 4: 3.5 rounds to 4
        assertThat(said(REPLIES.trend(days(FRIDAY, 6), List.of(3, 4), FRIDAY)))
                .endsWith("On average, a routine took it down by 4 points. " + OFFER);
    }

    @Test
    void noRatingsThisWeek() {
        Reply none = REPLIES.trend(Map.of(), List.of(), FRIDAY);
        assertThat(said(none)).isEqualTo("You haven't rated your back this week. Before a routine, once a day, I'll ask "
                + "how it feels, from zero to ten. " + OFFER);
        assertThat(none.endSession()).isFalse();
    }

    @Test
    void afterTheRoutine() {
        assertThat(said(REPLIES.after(6, 6, "Goodbye. Go gently."))).isEqualTo("6, the same as before. Go gently today. "
                + "Goodbye. Go gently.");
        Reply severe = REPLIES.after(7, 9, "Goodbye. Go gently.");
        assertThat(said(severe)).startsWith("That's up from 7 to 9.").contains("9 out of ten is a lot of pain.")
                .doesNotContain("Goodbye");
        assertThat(severe.endSession()).isTrue();
        assertThat(said(REPLIES.after(9, 8, "Bye."))).startsWith("That's down from 9 to 8. Nice work. 8 out of ten is a lot of pain.");
    }
}
