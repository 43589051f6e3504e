package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
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
 * Stretching off the floor: "I can't get down on the floor" offers the chair and bed routines, a
 * chair or bed routine chosen is remembered, and a new user hears how to get down to the floor and
 * up before the first floor routine (and on request). Expected words are from content/en.
 */
class PlaceConversationTest {
    private static final Instant T0 = SkillDriver.NOW;
    private static final String OFFER = "You don't need the floor. I have a chair routine, four stretches sitting down, "
            + "and a bed routine, three stretches lying in bed. Would you like the chair routine? Or say bed.";
    private static final String OFFER_AGAIN = "Would you like the chair routine? Or say bed routine.";
    private static final String FIRST_TIME = "If you need to get down to the floor, hold a steady chair and go down one "
            + "knee at a time. To get up later, roll onto your side first. If the floor is hard for you, say: chair routine.";
    private static final String CHAIR_START = "Let's do the chair routine: 4 stretches, about 5 minutes. Go slowly, and "
            + "stop if anything hurts. First, seated pelvic tilts. Sit toward the front of a steady chair without wheels, "
            + "feet flat on the floor and hip width apart. Rest your hands on your thighs.";

    private final Path progress = SkillDriver.temporaryProgressDir();
    private final SkillDriver alexa = new SkillDriver(SkillDriver.config(5, T0, progress));

    /** Answers the safety question "no" (asked before the first routine of the session). */
    private Heard screened(Heard screen) {
        assertThat(screen.speech()).contains("one safety question");
        return alexa.say(intent("AMAZON.NoIntent"));
    }

    @Test
    void cannotGetDownOnTheFloorOffersTheChairAndBedRoutinesAndYesStartsTheChairOne() {
        Heard offer = alexa.say(intent("NoFloorIntent"));
        assertThat(offer.speech()).isEqualTo(OFFER);
        assertThat(offer.reprompt()).isEqualTo(OFFER_AGAIN);
        assertThat(offer.ended()).isFalse();
        Heard chair = screened(alexa.say(intent("AMAZON.YesIntent")));
        assertThat(chair.speech()).startsWith(CHAIR_START).doesNotContain("get down to the floor", "Lie on your back");
        assertThat(chair.cardTitle()).isEqualTo("Stretch 1 of 4: Seated pelvic tilts");
    }

    @Test
    void theOfferAnsweredBedStartsTheBedRoutine() {
        alexa.say(intent("NoFloorIntent"));
        Heard bed = screened(alexa.say(intent("StartRoutineIntent").slot("routine", "in bed", "BED")));
        assertThat(bed.speech()).startsWith("Let's do the bed routine: 3 stretches, about 4 minutes. Go slowly, and stop "
                + "if anything hurts. First, knee rocking. Lie on your back in bed with your knees bent and your feet flat "
                + "on the mattress.");
    }

    @Test
    void theOfferSurvivesAMisunderstandingAndNoDeclinesIt() {
        alexa.say(intent("NoFloorIntent"));
        Heard again = alexa.say(intent("AMAZON.FallbackIntent"));
        assertThat(again.speech()).isEqualTo("Sorry, I didn't catch that. " + OFFER_AGAIN);
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).doesNotContain("Let's do", "safety question");
        assertThat(no.ended()).isFalse();
    }

    @Test
    void theUsersOwnWordsAreReadTheSameWay() {
        // "I can't kneel" reaches the skill as CannotIntent with the rest of the sentence in its slot
        assertThat(alexa.say(intent("CannotIntent").slot("action", "kneel", null)).speech()).isEqualTo(OFFER);
        assertThat(new SkillDriver().say(intent("CannotIntent").slot("action", "get down on the floor any more", null))
                .speech()).isEqualTo(OFFER);
        // a place Alexa did not resolve, read by the triage
        Heard sofa = screened(alexa.say(intent("StartRoutineIntent").unresolvedSlot("routine", "on my settee")));
        assertThat(sofa.speech()).startsWith("Let's do the chair routine");
    }

    @Test
    void aChairRoutineChosenIsRememberedForTheNextSession() throws IOException {
        screened(alexa.say(intent("StartRoutineIntent").slot("routine", "in a chair", "CHAIR")));
        alexa.say(intent("AMAZON.StopIntent"));
        assertThat(storedProgress()).contains("\"preferredRoutine\":\"CHAIR\"");

        SkillDriver later = new SkillDriver(SkillDriver.config(6, T0.plusSeconds(3600), progress));
        assertThat(later.say(intent("StartRoutineIntent")).speech()).startsWith("Let's do the chair routine");
        later.say(intent("AMAZON.StopIntent"));
        // "two minutes" is chosen among the chair routines too: not the two-minute gentle one, on the floor
        SkillDriver again = new SkillDriver(SkillDriver.config(7, T0.plusSeconds(3700), progress));
        assertThat(again.say(intent("StartRoutineIntent").slot("minutes", "2", null)).speech())
                .startsWith("Let's do the chair routine");
    }

    @Test
    void aNewUsersFirstFloorRoutineSaysHowToGetDownAndUpAndOnlyOnce() {
        Heard first = screened(alexa.say(intent("StartRoutineIntent")));
        assertThat(first.speech()).startsWith("Let's do the quick routine: 3 stretches, about 4 minutes. Go slowly, and "
                + "stop if anything hurts. " + FIRST_TIME + " First, knee to chest.");
        alexa.say(intent("AMAZON.StopIntent"));
        SkillDriver later = new SkillDriver(SkillDriver.config(6, T0.plusSeconds(3600), progress));
        assertThat(later.say(intent("StartRoutineIntent")).speech()).startsWith("Let's do the quick routine")
                .doesNotContain("get down to the floor");
    }

    @Test
    void howToGetDownAndUpOnRequestThenTheOfferToStretch() {
        Heard guide = alexa.say(intent("FloorHelpIntent"));
        assertThat(guide.speech()).isEqualTo("To get down safely, stand beside a steady chair and hold it. Lower one knee "
                + "to the floor, then the other, put your hands down, then sit onto one hip and roll onto your back. To "
                + "get up, do it in reverse: roll onto your side, push up onto your hands and knees, hold the chair, put "
                + "one foot forward, and push up slowly. If the floor is hard for you, say chair routine instead. "
                + "Would you like to start your stretches?");
        assertThat(guide.ended()).isFalse();
        Heard started = screened(alexa.say(intent("AMAZON.YesIntent")));
        assertThat(started.speech()).startsWith("Let's do the quick routine").doesNotContain(FIRST_TIME);
    }

    /** "Go down" alone is not pain spreading down a leg (it sent "how do I go down to the floor" to a doctor today). */
    @Test
    void goingDownToTheFloorIsNotPainGoingDownALeg() {
        Heard floor = alexa.say(intent("DescribeSymptomIntent").slot("description", "how do I go down to the floor", null));
        assertThat(floor.speech()).doesNotContain("doctor's attention today");
        assertThat(floor.ended()).isFalse();
        Heard leg = new SkillDriver().say(intent("DescribeSymptomIntent")
                .slot("description", "the pain goes down to the foot", null));
        assertThat(leg.speech()).startsWith("That needs a doctor's attention today.");
    }

    @Test
    void midRoutineTheGuideLeavesTheRoutineWaiting() {
        screened(alexa.say(intent("StartRoutineIntent")));
        Heard guide = alexa.say(intent("FloorHelpIntent"));
        assertThat(guide.speech()).startsWith("To get down safely").endsWith("To go back to knee to chest, say resume.");
        assertThat(guide.ended()).isFalse();
        assertThat(alexa.say(intent("AMAZON.ResumeIntent")).speech()).startsWith("Okay, picking up with knee to chest.");
    }

    @Test
    void midStretchCannotKneelGetsTheEasierVersionOfThatStretch() {
        screened(alexa.say(intent("StartRoutineIntent")));
        alexa.say(intent("AMAZON.NextIntent"));
        alexa.say(intent("AMAZON.NextIntent")); // cat cow, on hands and knees
        Heard easier = alexa.say(intent("NoFloorIntent"));
        // stretches.json CAT_COW easier
        assertThat(easier.speech()).contains("For an easier version, do it sitting on a chair with your hands on your knees.");
        assertThat(easier.ended()).isFalse();
    }

    @Test
    void painInTheChairRoutineIsNotSentToTheFloor() {
        screened(alexa.say(intent("StartRoutineIntent").slot("routine", "chair", "CHAIR")));
        Heard hurts = alexa.say(intent("ItHurtsIntent"));
        assertThat(hurts.speech()).startsWith("Stop the stretch now").endsWith("Want to hear when to see a doctor?")
                .doesNotContain("gentle routine");
    }

    private String storedProgress() throws IOException {
        try (Stream<Path> files = Files.walk(progress)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }
}
