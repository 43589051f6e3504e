package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

class QuestionAnswerConversationTest {
    private final SkillDriver alexa = new SkillDriver();

    @Test
    void launchWelcomesGivesTheDisclaimerAndAsks() {
        Heard heard = alexa.say(Requests.launch());
        assertThat(heard.speech()).contains("general information, not medical advice")
                .contains("What would you like?");
        assertThat(heard.ended()).isFalse();
        assertThat(heard.reprompt()).contains("start my stretches");
    }

    @Test
    void openersVaryBetweenSessionsButTheSeedMakesThemRepeatable() {
        var first = new java.util.HashSet<String>();
        for (int i = 0; i < 12; i++) {
            first.add(alexa.send(Requests.launch()).speech().split("\\.")[0]);
        }
        assertThat(first).hasSizeGreaterThan(1);
        assertThat(new SkillDriver(SkillDriver.config(7)).send(Requests.launch()).speech())
                .isEqualTo(new SkillDriver(SkillDriver.config(7)).send(Requests.launch()).speech());
    }

    /** Every topic of the source document answered by a one-shot request, with its key facts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "WhatIsSpasmIntent     | sudden tightening | can't control | fifteen minutes",
        "CausesIntent          | Poor posture | Muscle strain | herniated disc",
        "SymptomsIntent        | severe pain | Stiff | tenderness or swelling",
        "SelfCareIntent        | stretching | Foam rolling | bed rest",
        "HeatColdIntent        | warm bath | ice pack | twenty minutes",
        "PhysicalTherapyIntent | pelvic tilt | bridge | ten to fifteen times",
        "MedicationIntent      | acetaminophen or ibuprofen | prescription | can't advise on doses",
        "ChiropracticIntent    | adjusts the spine | alongside exercise | see a doctor first",
        "PreventionIntent      | Exercise regularly | Manage stress | slouch",
        "SeeDoctorIntent       | Call 911 now | bladder | See a doctor today",
    })
    void everyTopicIsAnsweredOneShot(String intentName, String fact1, String fact2, String fact3) {
        Heard heard = alexa.say(intent(intentName));
        assertThat(heard.speech()).contains(fact1, fact2, fact3).endsWith("?");
        assertThat(heard.ended()).isFalse();
        assertThat(heard.reprompt()).endsWith("?");
        assertThat(heard.cardTitle()).isNotBlank();
        assertThat(heard.cardText()).contains(fact1).contains("not medical advice");
    }

    @Test
    void answersNeverGiveADose() {
        Heard heard = alexa.say(intent("MedicationIntent"));
        assertThat(heard.speech()).doesNotContainPattern("\\d+ ?(mg|milligrams?)").doesNotContain("every four hours");
    }

    @Test
    void topicSlotRoutesToTheTopic() {
        Heard heard = alexa.say(intent("TopicIntent").slot("topic", "ice", "HEAT_COLD"));
        assertThat(heard.speech()).contains("ice pack");
    }

    @Test
    void unknownTopicListsWhatICanTalkAbout() {
        Heard heard = alexa.say(intent("TopicIntent").unresolvedSlot("topic", "knitting"));
        assertThat(heard.speech()).contains("not sure which topic").contains("heat or cold");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void yesAfterATopicOfferAnswersThatTopic() {
        Heard causes = alexa.say(intent("CausesIntent"));
        assertThat(causes.speech()).endsWith("Want to hear how to prevent them?");
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).contains("Exercise regularly");
    }

    @Test
    void noAfterAnOfferAsksWhatElse() {
        alexa.say(intent("CausesIntent"));
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).contains("What else would you like to know?").doesNotContain("Exercise");
        assertThat(no.ended()).isFalse();
        Heard yesLater = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yesLater.speech()).as("the offer was declined, so yes no longer means it").doesNotContain("Exercise regularly");
    }

    @Test
    void warningSignsAreListedAndSessionStaysOpen() {
        Heard heard = alexa.say(intent("SeeDoctorIntent"));
        assertThat(heard.speech()).contains("groin", "bladder", "both legs", "fall", "fever");
        assertThat(heard.ended()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "numbness in my groin, SADDLE",
        "can't control my bladder, BLADDER_BOWEL",
        "weakness in both legs, BOTH_LEGS",
        "my leg is getting weaker, LEG_WEAKNESS",
        "fell, FALL_INJURY",
        "chest pain, CHEST_BREATH",
        "loss of sexual function, SEXUAL",
    })
    void emergencySignsGetEmergencyAdviceAndEndTheSession(String spoken, String id) {
        alexa.say(Requests.launch());
        Heard heard = alexa.say(intent("SymptomReportIntent").slot("symptom", spoken, id));
        assertThat(heard.speech()).contains("call 911 now").contains("emergency department")
                .doesNotContainIgnoringCase("stretch ");
        assertThat(heard.ended()).isTrue();
        assertThat(heard.cardText()).contains("911");
        assertThat(alexa.sessionOpen()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pain below my knee, ONE_LEG",
        "fever, FEVER_UNWELL",
        "a lump on my back, LUMP_SHAPE",
        "a history of cancer, HISTORY",
    })
    void urgentSignsGetSeeADoctorToday(String spoken, String id) {
        Heard heard = alexa.say(intent("SymptomReportIntent").slot("symptom", spoken, id));
        assertThat(heard.speech()).contains("doctor's attention today").doesNotContain("911");
        assertThat(heard.ended()).isTrue();
    }

    @Test
    void anUnplacedSensationIsAskedWhereOnceAndAYesIsAnEmergency() {
        Heard heard = alexa.say(intent("SymptomReportIntent").unresolvedSlot("symptom", "a funny feeling"));
        assertThat(heard.speech()).isEqualTo("I need to check one thing. Is it in both legs, or around your groin or bottom?");
        assertThat(heard.ended()).isFalse();
        assertThat(heard.reprompt()).contains("both legs", "yes or no");
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).contains("call 911 now");
        assertThat(yes.ended()).isTrue();
    }

    @Test
    void anUnplacedSensationThatIsInOneLegIsUrgent() {
        alexa.say(intent("SymptomReportIntent").slot("symptom", "tingling", "TINGLING"));
        Heard no = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(no.speech()).contains("doctor's attention today").doesNotContain("911");
        assertThat(no.ended()).isTrue();
    }

    @Test
    void emergencyNumberFollowsTheLocale() {
        Heard heard = alexa.say(intent("SymptomReportIntent").slot("symptom", "numb bum", "SADDLE").locale("en-GB"));
        assertThat(heard.speech()).contains("call 999 now");
        assertThat(alexa.send(intent("SymptomReportIntent").slot("symptom", "fever", "FEVER_UNWELL").locale("en-GB"))
                .speech()).contains("NHS 111").doesNotContain("999");
        assertThat(alexa.send(intent("MedicationIntent").locale("en-GB")).speech()).contains("ibuprofen")
                .doesNotContain("acetaminophen");
        assertThat(alexa.send(intent("SeeDoctorIntent").locale("fr-FR")).speech())
                .as("an unsupported locale falls back to English").contains("your local emergency number");
    }

    @ParameterizedTest
    @CsvSource({"AMAZON.StopIntent", "AMAZON.CancelIntent"})
    void stopAndCancelSayGoodbyeAndEnd(String name) {
        alexa.say(Requests.launch());
        Heard heard = alexa.say(intent(name));
        assertThat(heard.speech()).isNotBlank();
        assertThat(heard.ended()).isTrue();
        assertThat(heard.hasReprompt()).isFalse();
    }

    @Test
    void helpExplainsAndAsks() {
        Heard heard = alexa.say(intent("AMAZON.HelpIntent"));
        assertThat(heard.speech()).contains("heat or cold", "stretches", "not medical advice").endsWith("?");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void fallbackSaysWhatTheSkillDoesAndAsks() {
        Heard heard = alexa.say(intent("AMAZON.FallbackIntent"));
        assertThat(heard.speech()).contains("can't help with that").endsWith("?");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void unknownIntentGetsTheFallbackAnswer() {
        Heard heard = alexa.say(intent("OrderPizzaIntent"));
        assertThat(heard.speech()).contains("can't help with that");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void repeatSaysTheLastAnswerAgain() {
        alexa.say(intent("HeatColdIntent"));
        Heard again = alexa.say(intent("AMAZON.RepeatIntent"));
        assertThat(again.speech()).contains("warm bath", "ice pack", "twenty minutes");
        Heard nothing = new SkillDriver().say(intent("AMAZON.RepeatIntent"));
        assertThat(nothing.speech()).contains("nothing to repeat");
        assertThat(nothing.ended()).isFalse();
    }

    @Test
    void navigateHomeGoesBackToTheMenu() {
        alexa.say(intent("CausesIntent"));
        Heard heard = alexa.say(intent("AMAZON.NavigateHomeIntent"));
        assertThat(heard.speech()).contains("back to the start").endsWith("What would you like?");
        assertThat(alexa.say(intent("AMAZON.YesIntent")).speech()).doesNotContain("Exercise regularly");
    }

    @Test
    void sessionEndedGetsAnEmptyResponse() {
        Heard heard = alexa.send(Requests.sessionEnded());
        assertThat(heard.isEmpty()).isTrue();
    }

    @Test
    void otherRequestTypesGetAnEmptyResponse() {
        assertThat(alexa.send(Requests.ofType("Alexa.Presentation.APLA.RuntimeError")).isEmpty()).isTrue();
    }

    @Test
    void tamperedStateIsIgnoredAndTheAnswerStillComes() {
        alexa.say(intent("CausesIntent"));
        alexa.attributes(Map.of(StateCodec.KEY, Map.of("v", 1, "q", "OFFER_TOPIC", "qa", "<script>")));
        Heard heard = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(heard.speech()).contains("What would you like to know?");
        assertThat(heard.ended()).isFalse();
        alexa.attributes(Map.of(StateCodec.KEY, "garbage"));
        assertThat(alexa.say(intent("HeatColdIntent")).speech()).contains("ice pack");
    }

    @Test
    void aTamperedRepeatTokenIsNotSpokenBack() {
        Heard heard = alexa.send(intent("AMAZON.RepeatIntent").attributes(Map.of(StateCodec.KEY,
                Map.of("v", 1, "l", "topic:HEAT_COLD & <x>"))));
        assertThat(heard.speech()).contains("nothing to repeat").doesNotContain("<x>");
    }

    /** A medicine question gets its own answer first (safety.md: never a dose; relaxants and driving; pregnancy). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "how much ibuprofen can i take                | I can't tell you a dose. The leaflet, or a pharmacist, can.",
        "what's the maximum dose of tylenol           | I can't tell you a dose. The leaflet, or a pharmacist, can.",
        "drive after taking a muscle relaxant         | Muscle relaxants can make you drowsy, so don't drive while you're taking one.",
        "take something for it while i'm pregnant     | Please ask a pharmacist or your doctor before you take anything while pregnant or breastfeeding.",
        "how much ibuprofen can i take if i'm pregnant | Please ask a pharmacist or your doctor",
        "get a muscle relaxant                        | Muscle relaxants need a doctor's prescription.",
    })
    void aMedicineQuestionIsAnsweredFirst(String words, String first) {
        Heard heard = alexa.say(intent("MedicationIntent").slot("detail", words, null));
        assertThat(heard.speech()).as(words).contains(first);
        assertThat(heard.speech()).as("the answer is the first sentence").startsWith(first);
        assertThat(heard.speech()).doesNotContainPattern("(?i)\\d+\\s*(mg|milligram)");
        assertThat(heard.ended()).isFalse();
    }

    /** "How much ibuprofen can I take" has no words for a slot: its own intent carries the question. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MedicineDoseIntent      | I can't tell you a dose. The leaflet, or a pharmacist, can.",
        "MedicineDrivingIntent   | Muscle relaxants can make you drowsy, so don't drive while you're taking one.",
        "MedicinePregnancyIntent | Please ask a pharmacist or your doctor before you take anything while pregnant or breastfeeding.",
    })
    void aMedicineQuestionWithAnIntentOfItsOwnIsAnsweredFirst(String intentName, String first) {
        Heard heard = alexa.say(intent(intentName));
        assertThat(heard.speech()).contains(first).doesNotContain("Pain relievers you can buy");
        assertThat(heard.speech()).as("the answer is the first sentence").startsWith(first);
        assertThat(heard.speech()).endsWith("Want to hear about heat or cold instead?");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void aGeneralMedicineQuestionGetsTheGeneralAnswer() {
        Heard heard = alexa.say(intent("MedicationIntent"));
        assertThat(heard.speech()).contains("Pain relievers you can buy, like acetaminophen or ibuprofen");
    }
}
