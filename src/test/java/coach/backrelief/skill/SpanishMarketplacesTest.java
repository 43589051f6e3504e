package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spanish marketplaces (United States, Mexico, Spain): Spanish content of its own (never an
 * English word), each country's emergency number (911, 911, 112) and medicine names, the Spanish
 * model, and the manifest. The expected words are read off content/es*&#47;messages.json by hand.
 */
class SpanishMarketplacesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "es-US | 911 | acetaminofén o ibuprofeno | US | a la sala de emergencias más cercana",
        "es-MX | 911 | paracetamol o ibuprofeno  | MX | al servicio de urgencias más cercano",
        "es-ES | 112 | paracetamol o ibuprofeno  | ES | al servicio de urgencias más cercano",
    })
    void aConversationInSpanishWithTheCountrysNumberAndWords(String locale, String number, String medicines,
                                                             String country, String emergencyRoom) throws Exception {
        SkillDriver alexa = new SkillDriver();
        Heard launch = alexa.say(Requests.launch().locale(locale));
        String afterWelcome = "Te doy información general, no consejo médico. Si pierdes sensibilidad en la ingle, no "
                + "controlas la orina o las heces, o se te debilitan las piernas, llama ahora mismo: marca " + number + ".";
        assertThat(launch.speech()).isIn(
                "Te doy la bienvenida a Alivio de Espalda. " + afterWelcome + " " + prompt(locale),
                "Hola, soy Alivio de Espalda. " + afterWelcome + " " + prompt(locale),
                "Hola. Aquí Alivio de Espalda. " + afterWelcome + " " + prompt(locale));
        assertThat(launch.ended()).isFalse();

        Heard flag = alexa.say(intent("SymptomReportIntent").slot("symptom", "se me durmieron las nalgas", "SADDLE")
                .locale(locale));
        assertThat(flag.speech()).isEqualTo("Eso podría ser grave. Por favor, llama ahora mismo: marca " + number
                + ", o ve " + emergencyRoom + ". No hagas ningún estiramiento hasta que te revise un médico.");
        assertThat(flag.ended()).as("an emergency ends the session: no stretch follows").isTrue();

        SkillDriver again = new SkillDriver();
        Heard pills = again.say(intent("MedicationIntent").locale(locale));
        assertThat(pills.speech()).contains("Sin receta, " + medicines + " alivian el dolor").contains("No puedo aconsejarte dosis.");
        Heard screen = again.say(intent("StartRoutineIntent").locale(locale));
        assertThat(screen.speech()).startsWith("Antes de empezar, una pregunta de seguridad.");
        assertThat(screen.ended()).isFalse();
        Heard first = again.say(intent("AMAZON.NoIntent").locale(locale));
        assertThat(first.speech()).startsWith("Vamos con la rutina rápida: 3 estiramientos");

        JsonNode model = JSON.readTree(Path.of("interaction-model/interactionModels/custom/" + locale + ".json").toFile());
        assertThat(model.path("interactionModel").path("languageModel").path("invocationName").asText())
                .isEqualTo("alivio de espalda");
        JsonNode manifest = JSON.readTree(Path.of("interaction-model/skill.json").toFile()).path("manifest");
        assertThat(manifest.path("publishingInformation").path("locales").path(locale).path("description").asText())
                .contains("No es consejo médico", "(" + number + " en ");
        assertThat(manifest.path("privacyAndCompliance").path("locales").has(locale)).isTrue();
        assertThat(manifest.path("publishingInformation").path("distributionCountries").toString()).contains(country);
    }

    private static String prompt(String locale) {
        return "Puedes preguntarme qué causa los espasmos de espalda, si usar calor o frío, o decir: empieza mis "
                + "estiramientos. ¿Qué te gustaría?";
    }
}
