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
}
