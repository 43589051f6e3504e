package coach.backrelief.skill;

import coach.backrelief.progress.FileProgressStore;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.ProgressStore;
import coach.backrelief.progress.ProgressStoreException;
import coach.backrelief.progress.UserProgress;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Progress that outlives the session: resume tomorrow, streaks, the week, forget-me, and store faults. */
class ProgressConversationTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private final Path dir = SkillDriver.temporaryProgressDir();

    private SkillDriver at(Instant now) {
        return new SkillDriver(SkillDriver.config(5, now, dir));
    }

    private UserProgress stored() {
        return new FileProgressStore(dir).load(Requests.USER_ID).orElseThrow().progress();
    }

    /**
     * Starts the quick routine (answering the safety question, and skipping the rating, when asked)
     * and says next until it is done.
     */
    private static Heard finishQuickRoutine(SkillDriver alexa, Instant now) {
        Heard heard = alexa.say(intent("StartRoutineIntent").at(now));
        if (heard.speech().contains("safety question")) {
            heard = alexa.say(intent("AMAZON.NoIntent").at(now));
        }
        if (heard.speech().contains("from zero to ten")) {
            // a returning user is asked how bad it is, once a day: skipped here
            alexa.say(intent("SkipIntent").at(now));
        }
        alexa.say(intent("AMAZON.NextIntent").at(now));
        alexa.say(intent("AMAZON.NextIntent").at(now));
        return alexa.say(intent("AMAZON.NextIntent").at(now));
    }

    @Test
    void stoppingMidRoutineSavesThePlaceAndLaunchOffersItTheNextMorning() {
        SkillDriver today = at(MONDAY);
        today.say(intent("StartRoutineIntent"));
        today.say(intent("AMAZON.NoIntent"));
        today.say(intent("AMAZON.NextIntent").at(MONDAY.plusSeconds(100)));
        today.say(intent("AMAZON.StopIntent").at(MONDAY.plusSeconds(110)));
        assertThat(stored().unfinished().routineId()).isEqualTo("QUICK");
        assertThat(stored().unfinished().stretchIndex()).isEqualTo(1);

        SkillDriver tomorrow = at(MONDAY.plus(Duration.ofHours(20)));
        Heard launch = tomorrow.say(Requests.launch());
        assertThat(launch.speech()).doesNotContain("Welcome to Back Relief Coach")
                .contains("Last time you stopped in the quick routine, at pelvic tilts.")
                .endsWith("Would you like to pick up where you left off?");
        Heard screen = tomorrow.say(intent("AMAZON.YesIntent"));
        assertThat(screen.speech()).contains("one safety question");
        Heard resumed = tomorrow.say(intent("AMAZON.NoIntent"));
        assertThat(resumed.speech()).startsWith("Okay, picking up with pelvic tilts.");
    }

    @Test
    void aPlaceSavedInARoutineWithAStretchLeftOutIsThePlaceInTheWholeRoutine() {
        SkillDriver today = at(MONDAY);
        today.say(intent("StartRoutineIntent"));
        today.say(intent("AMAZON.NoIntent"));
        today.say(intent("ItHurtsIntent"));
        today.say(intent("AMAZON.NoIntent"));
        // the quick routine again: knee to chest left out, so pelvic tilts, then cat cow
        Heard again = today.say(intent("StartRoutineIntent"));
        assertThat(again.speech()).startsWith("I've left out knee to chest");
        Heard catCow = today.say(intent("AMAZON.NextIntent"));
        assertThat(catCow.speech()).contains("cat cow");
        today.send(Requests.sessionEnded().attributes(today.attributes()));
        assertThat(stored().unfinished().stretchIndex()).as("cat cow is the third stretch of the quick routine")
                .isEqualTo(2);
    }

    @Test
    void resumeMyStretchesWorksAsAOneShotDaysLater() {
        SkillDriver today = at(MONDAY);
        today.say(intent("StartRoutineIntent").slot("routine", "full", "FULL"));
        today.say(intent("AMAZON.NoIntent"));
        today.say(intent("AMAZON.NextIntent"));
        today.say(intent("AMAZON.NextIntent"));
        today.send(Requests.sessionEnded().attributes(today.attributes()));
        assertThat(stored().unfinished().stretchIndex()).isEqualTo(2);

        SkillDriver later = at(MONDAY.plus(Duration.ofDays(2)));
        Heard launch = later.say(Requests.launch());
        assertThat(launch.speech()).as("only routines left in the last day are offered on launch").doesNotContain("Last time");
        later.say(intent("AMAZON.StopIntent"));
        later.say(intent("ResumeRoutineIntent"));
        Heard resumed = later.say(intent("AMAZON.NoIntent"));
        assertThat(resumed.speech()).startsWith("Okay, picking up with bridge.");
    }

    @Test
    void movingThroughARoutineWritesNothingUntilItPausesStopsOrEnds() {
        SkillDriver alexa = at(MONDAY);
        alexa.say(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.NoIntent"));
        alexa.say(intent("AMAZON.NextIntent"));
        assertThat(stored().unfinished()).as("only the safety answer is stored so far").isNull();
        alexa.say(intent("AMAZON.PauseIntent").at(MONDAY.plusSeconds(5)));
        assertThat(stored().unfinished().stretchIndex()).isEqualTo(1);
    }

    @Test
    void resumeWithNothingSavedSaysSoAndAsks() {
        Heard heard = at(MONDAY).say(intent("ResumeRoutineIntent"));
        assertThat(heard.speech()).startsWith("I don't have an unfinished routine for you.");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void finishingRecordsTheSessionAndClearsTheSavedPlace() {
        Heard done = finishQuickRoutine(at(MONDAY), MONDAY);
        assertThat(done.speech()).startsWith("Well done.").doesNotContain("in a row");
        assertThat(stored().history()).hasSize(1);
        assertThat(stored().unfinished()).isNull();
        assertThat(stored().preferredRoutine()).isEqualTo("QUICK");
    }

    @Test
    void streaksCountAcrossMidnightAndBreakOnAMissedDay() {
        Instant lateMonday = Instant.parse("2026-11-30T23:50:00Z");
        Instant earlyTuesday = Instant.parse("2026-12-01T00:10:00Z");
        finishQuickRoutine(at(lateMonday), lateMonday);
        Heard tuesday = finishQuickRoutine(at(earlyTuesday), earlyTuesday);
        assertThat(tuesday.speech()).endsWith("That's 2 days in a row.");

        Instant thursday = Instant.parse("2026-12-03T18:00:00Z");
        Heard afterGap = finishQuickRoutine(at(thursday), thursday);
        assertThat(afterGap.speech()).as("Wednesday was missed").doesNotContain("in a row");

        Heard howAmIDoing = at(thursday.plusSeconds(60)).say(intent("ProgressIntent"));
        assertThat(howAmIDoing.speech()).startsWith("You've stretched on 3 of the last 7 days.")
                .contains("Your best run is 2 days in a row.").endsWith("Want to do some stretches now?");
        assertThat(howAmIDoing.ended()).isFalse();
    }

    @Test
    void howAmIDoingBeforeAnyRoutineIsHonestAndYesStartsOne() {
        SkillDriver alexa = at(MONDAY);
        Heard heard = alexa.say(intent("ProgressIntent"));
        assertThat(heard.speech()).startsWith("You haven't finished a routine with me yet.");
        assertThat(alexa.say(intent("AMAZON.YesIntent")).speech()).contains("one safety question");
    }

    @Test
    void forgetMyProgressAsksFirstThenDeletesEverything() {
        finishQuickRoutine(at(MONDAY), MONDAY);
        SkillDriver alexa = at(MONDAY.plusSeconds(600));
        Heard confirm = alexa.say(intent("ForgetProgressIntent"));
        assertThat(confirm.speech()).contains("deletes your stretch history").endsWith("Are you sure?");
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).startsWith("Okay, I've kept it.");
        assertThat(stored().history()).hasSize(1);

        alexa.say(intent("ForgetProgressIntent"));
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).startsWith("Done. I've deleted your progress.");
        assertThat(new FileProgressStore(dir).load(Requests.USER_ID)).isEmpty();
        assertThat(alexa.say(intent("ProgressIntent")).speech()).startsWith("You haven't finished a routine");
    }

    @Test
    void theDisclaimerIsSaidOnceAMonth() {
        assertThat(at(MONDAY).say(Requests.launch()).speech()).contains("not medical advice");
        assertThat(at(MONDAY.plus(Duration.ofDays(3))).say(Requests.launch()).speech()).doesNotContain("not medical advice");
        assertThat(at(MONDAY.plus(Duration.ofDays(40))).say(Requests.launch()).speech()).contains("not medical advice");
    }

    @Test
    void aRedFlagClearsTheSavedRoutineAfterItsAnswer() {
        SkillConfig config = SkillDriver.config(5, MONDAY, dir);
        SkillDriver alexa = new SkillDriver(config);
        alexa.say(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.NoIntent"));
        alexa.say(intent("AMAZON.PauseIntent"));
        assertThat(stored().unfinished()).isNotNull();
        alexa.say(intent("SymptomReportIntent").slot("symptom", "fever", "FEVER"));
        assertThat(config.progress().awaitLater(Duration.ofSeconds(5))).isTrue();
        assertThat(stored().unfinished()).isNull();
        assertThat(at(MONDAY.plusSeconds(600)).say(Requests.launch()).speech()).doesNotContain("pick up where you left off");
    }

    @Test
    void aBrokenStoreNeverBreaksTheConversation() {
        ProgressStore broken = mock(ProgressStore.class);
        when(broken.load(anyString())).thenThrow(new ProgressStoreException("throttled", null));
        when(broken.save(anyString(), any(), anyLong())).thenThrow(new ProgressStoreException("throttled", null));
        SkillDriver alexa = new SkillDriver(SkillDriver.config(5, MONDAY, dir).withProgress(new ProgressService(broken)));
        assertThat(alexa.say(Requests.launch()).speech()).contains("not medical advice").endsWith("What would you like?");
        Heard done = finishQuickRoutine(alexa, MONDAY);
        assertThat(done.speech()).startsWith("Well done. That's the quick routine finished");
        assertThat(done.ended()).isTrue();
        Heard progress = new SkillDriver(SkillDriver.config(5, MONDAY, dir).withProgress(new ProgressService(broken)))
                .say(intent("ProgressIntent"));
        assertThat(progress.speech()).startsWith("Sorry, I can't reach your progress right now.");
        assertThat(progress.ended()).isFalse();
    }
}
