package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My back just went": one calming, actionable sentence first, a short emergency line, then the
 * gentle routine is offered and "yes" leads to it. Expected words are copied by hand from
 * content/en/topics.json (SELF_CARE detail) and messages.json, en-US layer (911).
 */
class FirstAidConversationTest {
    static final String BACK_WENT = "Breathe slowly, and ease into whatever position feels best; "
            + "gentle movement will help more than bed rest. If your legs go numb or weak, call 911 now. "
            + "Want me to walk you through some gentle stretches?";
    static final String SAFETY_QUESTION = "Before we start, one safety question. Do you have any numbness around "
            + "your groin or buttocks, trouble controlling your bladder or bowels, or new weakness in your legs?";
    static final String EMERGENCY = "That could be serious. Please call 911 now, or go to the nearest emergency "
            + "department. Don't do any stretches until a doctor has checked you.";

    private final SkillDriver alexa = new SkillDriver();

    /** What Alexa sends for each phrasing: a SearchQuery net carries only the slot's words. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "DescribeSymptomIntent | description | back just went",
        "DescribeSymptomIntent | description | back's gone into spasm",
        "DescribeSymptomIntent | description | back locked up",
        "DescribeSymptomIntent | description | back has gone again",
        "DescribeSymptomIntent | description | back seized up this morning",
        "DescribeSymptomIntent | description | threw my back out",
        "DescribeSymptomIntent | description | just put my back out",
        "SelfCareIntent        | detail      | my back just went",
    })
    void theBackJustWentGetsOneCalmingSentenceThenTheGentleOffer(String intentName, String slot, String words) {
        alexa.say(Requests.launch());
        Heard heard = alexa.say(intent(intentName).slot(slot, words, null));
        assertThat(heard.speech()).isEqualTo(BACK_WENT);
        assertThat(heard.ended()).isFalse();
        assertThat(heard.reprompt()).isEqualTo("Want me to walk you through some gentle stretches?");
    }

    @Test
    void yesToTheOfferStartsTheGentleRoutineAfterTheSafetyQuestion() {
        alexa.say(Requests.launch());
        assertThat(alexa.say(intent("DescribeSymptomIntent").slot("description", "back just went", null)).speech())
                .isEqualTo(BACK_WENT);
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).isEqualTo(SAFETY_QUESTION);
        assertThat(yes.ended()).isFalse();
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        // routines.json GENTLE: knee to chest, then one more; 20-second holds. A new user's first floor
        // routine says how to get down to the floor and up (messages.json floor.firstTime) before the first stretch
        assertThat(no.speech()).startsWith("Let's do the gentle routine: 2 stretches, about 3 minutes. "
                + "Go slowly, and stop if anything hurts. If you need to get down to the floor, hold a steady chair "
                + "and go down one knee at a time. To get up later, roll onto your side first. If the floor is hard "
                + "for you, say: chair routine. First, knee to chest.");
        assertThat(no.ended()).isFalse();
    }

    @Test
    void aRedFlagInTheSameSentenceWins() {
        alexa.say(Requests.launch());
        Heard heard = alexa.say(intent("DescribeSymptomIntent")
                .slot("description", "back went and i can't feel my legs", null));
        assertThat(heard.speech()).isEqualTo(EMERGENCY);
        assertThat(heard.ended()).isTrue();
    }

    @Test
    void theEmergencyLineUsesTheLocalesNumber() {
        Heard heard = alexa.say(intent("DescribeSymptomIntent").slot("description", "back just went", null).locale("en-GB"));
        assertThat(heard.speech()).contains("If your legs go numb or weak, call 999 now.");
    }

    static final String FRESH_INJURY = "In the first few days, either helps: wrapped ice eases pain and swelling, "
            + "and heat eases spasm. Use it for about twenty minutes, never straight on your skin. "
            + "Want me to walk you through some gentle stretches?";

    /** A fresh injury gets what applies in the first days (topics.json HEAT_COLD detail), not the general block. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "HeatColdIntent        | detail      | for a back i hurt today",
        "HeatColdIntent        | detail      | or ice i only just did it",
        "DescribeSymptomIntent | description | hurt it an hour ago heat or ice",
        "DescribeSymptomIntent | description | did it this morning should i use ice",
        "QuestionIntent        | question    | is better for a back i hurt this afternoon heat or ice",
    })
    void aFreshInjuryGetsTheFirstDaysAnswer(String intentName, String slot, String words) {
        Heard heard = alexa.say(intent(intentName).slot(slot, words, null));
        assertThat(heard.speech()).isEqualTo(FRESH_INJURY);
        assertThat(heard.ended()).isFalse();
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).isEqualTo(SAFETY_QUESTION);
    }

    @Test
    void heatOrIceWithNoTimeGetsTheGeneralAnswer() {
        Heard heard = alexa.say(intent("HeatColdIntent"));
        assertThat(heard.speech()).contains("Heat relaxes tight muscles. Try a warm bath, a shower, or a wrapped heat pack.")
                .doesNotContain("first few days");
    }

    @Test
    void aFallAnHourAgoIsStillAnEmergency() {
        Heard heard = alexa.say(intent("DescribeSymptomIntent").slot("description", "fell an hour ago heat or ice", null));
        assertThat(heard.speech()).isEqualTo(EMERGENCY);
        assertThat(heard.ended()).isTrue();
    }

    /** "Yesterday" is when it happened, not "resume yesterday's routine" (that word alone used to win). */
    @Test
    void aFreshInjuryFromYesterdayGetsTheHeatOrIceAnswerNotTheRoutine() {
        alexa.say(Requests.launch());
        Heard heard = alexa.say(intent("DescribeSymptomIntent")
                .slot("description", "I pulled my back yesterday, should I use heat", null));
        // topics.json HEAT_COLD, the fresh-injury detail
        assertThat(heard.speech()).startsWith("In the first few days, either helps: wrapped ice eases pain and swelling, "
                + "and heat eases spasm.").doesNotContain("picking up", "unfinished routine");
    }

    /** "It hurt last night" says when; pain that is worse at night, or keeps you awake, is still urgent. */
    @Test
    void itHurtLastNightIsNotNightPainButKeepingYouAwakeIs() {
        alexa.say(Requests.launch());
        Heard when = alexa.say(intent("DescribeSymptomIntent").slot("description", "it hurt last night", null));
        assertThat(when.speech()).doesNotContain("doctor's attention today");
        assertThat(when.ended()).isFalse();
        Heard night = alexa.say(intent("DescribeSymptomIntent")
                .slot("description", "the pain was so bad last night I couldn't sleep", null));
        assertThat(night.speech()).startsWith("That needs a doctor's attention today.");
    }
}
