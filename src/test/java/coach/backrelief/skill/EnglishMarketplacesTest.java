package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every English marketplace Alexa serves (US, UK, Canada, Australia, India): its own content
 * (emergency number, advice line, medicine names from ../shared/safety.md), its own model with
 * the same intents, and the manifest lists it. A conversation in each: launch, a red flag, a
 * question, a routine.
 */
class EnglishMarketplacesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first launch's spoken disclaimer carries the emergency signs and the country's number (messages.json). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | 911",
        "en-CA | 911",
        "en-GB | 999",
        "en-AU | triple zero",
        "en-IN | 112",
        "en-NZ | your local emergency number",
    })
    void theFirstLaunchSaysTheDisclaimerWithTheEmergencyClause(String locale, String number) {
        Heard launch = new SkillDriver().say(Requests.launch().locale(locale));
        String afterWelcome = "I share general information, not medical advice. If you have numbness in your groin, "
                + "lose control of your bladder or bowels, or your legs go weak, call " + number + " now. "
                + "You can ask what causes back spasms, whether to use heat or ice, or say start my stretches. "
                + "What would you like?";
        assertThat(launch.speech()).isIn("Welcome to Back Relief Coach. " + afterWelcome,
                "Hi, this is Back Relief Coach. " + afterWelcome, "Hello. Back Relief Coach here. " + afterWelcome);
        assertThat(launch.reprompt()).isEqualTo("What would you like? You can ask about heat or ice, or say start my stretches.");
        assertThat(launch.ended()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | call 911 now      | acetaminophen or ibuprofen | US",
        "en-CA | call 911 now      | acetaminophen or ibuprofen | CA",
        "en-GB | call 999 now      | ibuprofen                  | GB",
        "en-AU | call triple zero now | paracetamol or ibuprofen | AU",
        "en-IN | call 112 now      | paracetamol or ibuprofen   | IN",
    })
    void aConversationInEachLocaleUsesItsOwnNumbersAndWords(String locale, String emergency, String medicines,
                                                              String country) throws Exception {
        SkillDriver alexa = new SkillDriver();
        Heard launch = alexa.say(Requests.launch().locale(locale));
        assertThat(launch.ended()).isFalse();
        Heard flag = alexa.say(intent("SymptomReportIntent").slot("symptom", "numbness in my groin", "SADDLE").locale(locale));
        assertThat(flag.speech()).contains(emergency);
        assertThat(flag.ended()).isTrue();

        SkillDriver again = new SkillDriver();
        Heard pills = again.say(intent("MedicationIntent").locale(locale));
        assertThat(pills.speech()).contains(medicines);
        Heard screen = again.say(intent("StartRoutineIntent").locale(locale));
        assertThat(screen.speech()).contains("one safety question");
        Heard first = again.say(intent("AMAZON.NoIntent").locale(locale));
        assertThat(first.speech()).startsWith("Let's do the quick routine");

        JsonNode model = JSON.readTree(Path.of("interaction-model/interactionModels/custom/" + locale + ".json").toFile());
        assertThat(intentNames(model)).as("the same intents as en-US")
                .isEqualTo(intentNames(JSON.readTree(Path.of("interaction-model/interactionModels/custom/en-US.json").toFile())));
        assertThat(model.path("interactionModel").path("languageModel").path("invocationName").asText())
                .isEqualTo("back relief coach");
        JsonNode manifest = JSON.readTree(Path.of("interaction-model/skill.json").toFile()).path("manifest");
        assertThat(manifest.path("publishingInformation").path("locales").has(locale)).isTrue();
        assertThat(manifest.path("privacyAndCompliance").path("locales").has(locale)).isTrue();
        assertThat(manifest.path("publishingInformation").path("distributionCountries").toString()).contains(country);
        String description = manifest.path("publishingInformation").path("locales").path(locale).path("description").asText();
        assertThat(description).contains(emergency.replace("call ", "").replace(" now", "").replace("triple zero", "000"));
    }

    private static Set<String> intentNames(JsonNode model) {
        Set<String> names = new TreeSet<>();
        model.path("interactionModel").path("languageModel").path("intents").forEach(i -> names.add(i.path("name").asText()));
        return names;
    }
}
