package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Skip this one for good" / "no more bridges": the stretch never comes back, in this session or
 * the next, until "bring back bridges". Words from content/en messages.json; the quick routine is
 * knee to chest, pelvic tilts, cat cow (routines.json).
 */
class SkipForGoodTest {
    private static final Instant T0 = SkillDriver.NOW;
    private final Path progress = SkillDriver.temporaryProgressDir();
    private final SkillDriver alexa = new SkillDriver(SkillDriver.config(11, T0, progress));

    private Heard startQuick(SkillDriver driver) {
        Heard screen = driver.say(intent("StartRoutineIntent").slot("routine", "quick", "QUICK"));
        return screen.speech().contains("one safety question") ? driver.say(intent("AMAZON.NoIntent")) : screen;
    }

    @Test
    void skippingThePlayingStretchForGoodGoesOnWithTheNextAndRemembersIt() throws IOException {
        startQuick(alexa);
        alexa.say(intent("AMAZON.NextIntent")); // pelvic tilts
        Heard skipped = alexa.say(intent("SkipForGoodIntent"));
        assertThat(skipped.speech()).startsWith("Done. I won't give you pelvic tilts again. Okay, picking up with cat cow.");
        assertThat(skipped.ended()).isFalse();
        assertThat(stored()).contains("\"skippedStretches\":[\"PELVIC_TILT\"]");
        alexa.say(intent("AMAZON.StopIntent"));

        SkillDriver tomorrow = new SkillDriver(SkillDriver.config(12, T0.plusSeconds(86_400), progress));
        Heard again = startQuick(tomorrow);
        assertThat(again.speech()).startsWith("I've left out pelvic tilts, as you asked. Let's do the quick routine: 2 stretches");
        assertThat(tomorrow.say(intent("AMAZON.NextIntent")).speech()).startsWith("Last one, cat cow.");
    }

    @Test
    void aStretchNamedIsLeftOutAndBringBackUndoesIt() {
        Heard none = alexa.say(intent("SkipForGoodIntent").slot("stretch", "bridges", "BRIDGE"));
        assertThat(none.speech()).isEqualTo("Done. I won't give you bridge again. If you want it back one day, say: bring back bridge. "
                + "What would you like now?");
        assertThat(none.ended()).isFalse();
        SkillDriver later = new SkillDriver(SkillDriver.config(13, T0.plusSeconds(60), progress));
        Heard full = later.say(intent("StartRoutineIntent").slot("routine", "full", "FULL"));
        assertThat(full.speech()).contains("one safety question");
        assertThat(later.say(intent("AMAZON.NoIntent")).speech())
                .startsWith("I've left out bridge, as you asked. Let's do the full routine: 5 stretches");
        later.say(intent("AMAZON.StopIntent"));

        SkillDriver next = new SkillDriver(SkillDriver.config(14, T0.plusSeconds(120), progress));
        assertThat(next.say(intent("BringBackStretchIntent").slot("stretch", "bridges", "BRIDGE")).speech())
                .startsWith("Okay, I'll give you bridge again.");
        SkillDriver after = new SkillDriver(SkillDriver.config(15, T0.plusSeconds(180), progress));
        assertThat(after.say(intent("StartRoutineIntent").slot("routine", "full", "FULL")).speech())
                .startsWith("Let's do the full routine: 6 stretches");
    }

    @Test
    void skippingTheLastStretchForGoodEndsTheRoutine() {
        startQuick(alexa);
        alexa.say(intent("AMAZON.NextIntent"));
        alexa.say(intent("AMAZON.NextIntent")); // cat cow, the last
        Heard skipped = alexa.say(intent("SkipForGoodIntent"));
        assertThat(skipped.speech()).isEqualTo("Done. I won't give you cat cow again. That was the last stretch of this "
                + "routine, so we'll stop there. What would you like now?");
        assertThat(skipped.ended()).isFalse();
        assertThat(alexa.say(intent("AMAZON.NextIntent")).speech()).contains("not in a routine");
    }

    @Test
    void skippingOrBringingBackAnotherStretchMidRoutineKeepsThePlace() {
        startQuick(alexa);
        alexa.say(intent("AMAZON.NextIntent"));
        alexa.say(intent("AMAZON.NextIntent")); // cat cow, the third of knee to chest, pelvic tilts, cat cow
        Heard skipped = alexa.say(intent("SkipForGoodIntent").slot("stretch", "knee hugs", "KNEE_TO_CHEST"));
        assertThat(skipped.speech()).startsWith("Done. I won't give you knee to chest again.");
        assertThat(skipped.reprompt()).startsWith("To go back to cat cow, say resume.");
        assertThat(alexa.say(intent("AMAZON.RepeatIntent")).speech()).startsWith("Once more: cat cow.");
        Heard back = alexa.say(intent("BringBackStretchIntent").slot("stretch", "knee to chest", "KNEE_TO_CHEST"));
        assertThat(back.speech()).startsWith("Okay, I'll give you knee to chest again.");
        assertThat(alexa.say(intent("RoutineStatusIntent")).speech()).startsWith("You're on stretch 3 of 3.");
    }

    @Test
    void aPlaceSavedAfterASkippedStretchResumesThereNextTime() {
        alexa.say(intent("SkipForGoodIntent").slot("stretch", "knee to chest", "KNEE_TO_CHEST"));
        startQuick(alexa);                       // pelvic tilts, cat cow
        alexa.say(intent("AMAZON.NextIntent"));  // cat cow
        alexa.say(intent("AMAZON.PauseIntent"));
        SkillDriver later = new SkillDriver(SkillDriver.config(16, T0.plusSeconds(600), progress));
        Heard resumed = later.say(intent("ResumeRoutineIntent"));
        // the saved place is cat cow in the whole routine (its third stretch), the second of what is played
        assertThat(resumed.speech()).startsWith("I've left out knee to chest, as you asked. Okay, picking up with cat cow.");
    }

    @Test
    void theUsersOwnWordsNameTheStretch() {
        // free text (no slot Alexa resolved): the triage reads it as never-again, the words name the stretch
        Heard skipped = alexa.say(intent("DescribeSymptomIntent").slot("description", "take the pelvic tilts out of my routine for good", null));
        assertThat(skipped.speech()).startsWith("Done. I won't give you pelvic tilts again.");
        Heard back = alexa.say(intent("DescribeSymptomIntent").slot("description", "bring back the pelvic tilt", null));
        assertThat(back.speech()).startsWith("Okay, I'll give you pelvic tilts again.");
    }

    @Test
    void withNoNameAndNoRoutineItAsksWhich() {
        Heard which = alexa.say(intent("SkipForGoodIntent"));
        assertThat(which.speech()).isEqualTo("Which stretch should I leave out? For example, say: no more bridges.");
        assertThat(which.ended()).isFalse();
    }

    private String stored() throws IOException {
        try (Stream<Path> files = Files.walk(progress)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }
}
