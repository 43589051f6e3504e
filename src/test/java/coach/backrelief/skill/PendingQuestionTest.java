package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import static coach.backrelief.testing.Requests.intent;
import static coach.backrelief.testing.Requests.launch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question survives a misunderstanding, and a question answered in passing mid-routine says how to
 * get back to the routine. Expected words are those of content/en/messages.json and routines.json.
 */
class PendingQuestionTest {
    private final SkillDriver alexa = new SkillDriver();

    @Test
    void aMisheardAnswerToTheSafetyQuestionGetsTheQuestionAgainAndNoThenStarts() {
        alexa.say(launch());
        alexa.say(intent("StartRoutineIntent"));
        Heard again = alexa.say(intent("AMAZON.FallbackIntent"));
        assertThat(again.speech()).contains("Do you have any numbness around your groin or buttocks");
        assertThat(again.ended()).isFalse();
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).startsWith("Let's do the quick routine: 3 stretches, about 4 minutes.");
    }

    @Test
    void aMisheardAnswerToForgetMeAsksAgainAndNoKeepsTheProgress() {
        alexa.say(intent("ForgetProgressIntent"));
        Heard again = alexa.say(intent("AMAZON.FallbackIntent"));
        assertThat(again.speech()).isEqualTo("Sorry, I didn't catch that. This deletes your stretch history, "
                + "your streaks and any unfinished routine. Are you sure?");
        assertThat(again.reprompt()).isEqualTo("This deletes your stretch history, your streaks and any unfinished "
                + "routine. Are you sure?");
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).startsWith("Okay, I've kept it.");
    }

    @Test
    void repeatSaysTheWholeAnswerThatAskedAndYesStillAnswersTheOffer() {
        Heard answer = alexa.say(intent("HeatColdIntent"));
        assertThat(answer.speech()).endsWith("Want me to walk you through some gentle stretches?");
        Heard repeated = alexa.say(intent("AMAZON.RepeatIntent"));
        assertThat(repeated.speech()).contains("twenty minutes").endsWith("Want me to walk you through some gentle stretches?");
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).startsWith("Before we start, one safety question.");
    }

    @Test
    void aQuestionAnsweredMidRoutineSaysHowToGoBackToTheStretch() {
        alexa.say(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.NoIntent")); // the quick routine starts at knee to chest
        Heard answer = alexa.say(intent("HeatColdIntent"));
        assertThat(answer.speech()).contains("Use either for about twenty minutes at a time.");
        assertThat(answer.reprompt()).startsWith("To go back to knee to chest, say resume.");
        Heard resumed = alexa.say(intent("AMAZON.ResumeIntent"));
        assertThat(resumed.speech()).startsWith("Okay, picking up with knee to chest.");
    }

    @Test
    void waitOrHangOnGivesTimeAndTheQuestionAgainAndNoStillAnswersIt() {
        alexa.say(intent("StartRoutineIntent"));
        Heard wait = alexa.say(intent("AMAZON.PauseIntent"));
        assertThat(wait.speech()).startsWith("Take your time. Before we start, one safety question.")
                .contains("Do you have any numbness around your groin or buttocks");
        assertThat(wait.ended()).isFalse();
        // in free words (the triage's pause words are for a routine playing) it is a misunderstanding: asked again
        Heard hangOn = alexa.say(intent("DescribeSymptomIntent").slot("description", "hang on let me sit down first", null));
        assertThat(hangOn.speech()).startsWith("Before we start, one safety question.");
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).startsWith("Let's do the quick routine: 3 stretches, about 4 minutes.");
    }

    @Test
    void wordsThatNameNothingKeepTheOfferAndATopicMovesOn() {
        Heard answer = alexa.say(intent("CausesIntent"));
        assertThat(answer.speech()).endsWith("Want to hear how to prevent them?");
        Heard garbled = alexa.say(intent("DescribeSymptomIntent").slot("description", "blah blah foo", null));
        assertThat(garbled.speech()).isEqualTo("Sorry, I didn't catch that. Would you like to hear about preventing back spasms?");
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).contains("Exercise regularly.");
        // a topic in the words is the user moving on: that topic is answered
        alexa.say(intent("CausesIntent"));
        Heard moved = alexa.say(intent("DescribeSymptomIntent").slot("description", "is heat or ice better", null));
        assertThat(moved.speech()).contains("twenty minutes");
    }
}
