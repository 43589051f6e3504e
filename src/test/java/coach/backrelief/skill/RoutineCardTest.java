package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Alexa app's card shows for a stretch, and what "stop" says part way through and at the
 * start. Expected words are content/en/stretches.json's knee to chest and messages.json, by hand.
 */
class RoutineCardTest {
    private static final List<String> GOODBYES = List.of("Take it easy, and look after your back.",
            "Goodbye. Go gently.", "Be kind to your back today. Goodbye.");

    @Test
    void theCardHoldsTheWholeStretchAndTheDisclaimer() {
        SkillDriver alexa = new SkillDriver();
        alexa.say(intent("StartRoutineIntent"));
        Heard first = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(first.cardText()).isEqualTo("Knee to chest (30 seconds). "
                + "Lie on your back with your knees bent and your feet flat on the floor. "
                + "Bring your right knee toward your chest, and hold it gently with both hands. "
                + "Now bring your left knee toward your chest, and hold it gently. "
                + "Keep your head and shoulders relaxed on the floor, and stop if you feel sharp pain. "
                + "For an easier version, hold behind your thigh instead of your shin, and bring the knee only as far "
                + "as is comfortable."
                + "\n\nGeneral information only, not medical advice, diagnosis or treatment. In an emergency, call 911.");
        Heard tilts = alexa.say(intent("AMAZON.NextIntent"));
        assertThat(tilts.cardText()).startsWith("Pelvic tilts (10×). Lie on your back");
    }

    @Test
    void stopPartWaySaysHowManyAndHowToComeBack() {
        SkillDriver alexa = new SkillDriver();
        alexa.say(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.NoIntent"));
        alexa.say(intent("AMAZON.NextIntent"));
        Heard stopped = alexa.say(intent("AMAZON.StopIntent"));
        assertThat(stopped.speech()).startsWith("Okay, stopping there. You did 1 of 3 stretches. Well done. "
                + "To pick up there later, say: Alexa, ask back relief coach to resume. ");
        assertThat(GOODBYES).anyMatch(stopped.speech()::endsWith);
        assertThat(stopped.ended()).isTrue();
    }

    @Test
    void stopBeforeTheFirstStretchIsDoneSaysComeBackWhenReady() {
        SkillDriver alexa = new SkillDriver();
        alexa.say(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.NoIntent"));
        Heard stopped = alexa.say(intent("AMAZON.StopIntent"));
        assertThat(stopped.speech()).startsWith("Okay, stopping there. Come back whenever you're ready. ")
                .doesNotContain("pick up there later");
    }

    @Test
    void stopOnTheLastStretchBeforeDoneSaysTwoOfThreeAndHowToComeBack() {
        SkillDriver alexa = new SkillDriver();
        alexa.say(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.NoIntent"));
        alexa.say(intent("AMAZON.NextIntent"));
        alexa.say(intent("AMAZON.NextIntent"));
        Heard stopped = alexa.say(intent("AMAZON.StopIntent"));
        assertThat(stopped.speech()).startsWith("Okay, stopping there. You did 2 of 3 stretches. Well done. "
                + "To pick up there later");
    }

    @Test
    void aStretchAlreadyExplainedThisSessionGetsTheShortCue() {
        SkillDriver alexa = new SkillDriver();
        alexa.say(intent("StartRoutineIntent"));
        Heard first = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(first.speech()).contains("Lie on your back with your knees bent and your feet flat on the floor.");
        alexa.say(intent("AMAZON.NextIntent"));
        Heard again = alexa.say(intent("AMAZON.StartOverIntent"));
        assertThat(again.speech()).startsWith("Starting again from the top.").contains("Knee to chest again.")
                .doesNotContain("Lie on your back with your knees bent");
        // pelvic tilts were explained too: after knee to chest, their short cue
        Heard tilts = alexa.say(intent("AMAZON.NextIntent"));
        assertThat(tilts.speech()).contains("Pelvic tilts again.").doesNotContain("Gently tilt your pelvis up");
        // cat cow was never explained: in full
        Heard catCow = alexa.say(intent("AMAZON.NextIntent"));
        assertThat(catCow.speech()).contains("Come onto your hands and knees");
    }
}
