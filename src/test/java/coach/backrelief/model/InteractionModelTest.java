package coach.backrelief.model;

import coach.backrelief.content.ContentRepository;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.knowledge.Sensation;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.skill.Intent;
import coach.backrelief.skill.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The interaction model and the code agree, both ways. */
class InteractionModelTest {
    static final Path MODEL = Path.of("interaction-model/interactionModels/custom/en-US.json");
    static final Path MANIFEST = Path.of("interaction-model/skill.json");
    private static final Pattern SLOT_REF = Pattern.compile("\\{([^}]+)}");

    static JsonNode model() throws IOException {
        return model("en-US");
    }

    static JsonNode model(String locale) throws IOException {
        return new ObjectMapper().readTree(Files.readString(MODEL.resolveSibling(locale + ".json")))
                .path("interactionModel").path("languageModel");
    }

    /** The invocation name people say in the locale's language. */
    static String invocation(String locale) {
        return locale.startsWith("es") ? "alivio de espalda" : "back relief coach";
    }

    @Test
    void everyModelIntentHasAHandlerAndEveryHandledIntentIsInTheModel() throws IOException {
        Set<String> inModel = new HashSet<>();
        model().path("intents").forEach(i -> inModel.add(i.path("name").asText()));
        Set<String> inCode = Arrays.stream(Intent.values()).map(Intent::modelName).collect(Collectors.toSet());
        assertThat(inModel).containsExactlyInAnyOrderElementsOf(inCode);
        assertThat(inModel).contains("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent",
                "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent");
        for (Topic topic : Topic.values()) {
            assertThat(inModel).contains(topic.intentName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-MX", "es-ES"})
    void everySlotInASampleIsDeclaredWithAKnownType(String locale) throws IOException {
        JsonNode model = model(locale);
        Set<String> types = new HashSet<>();
        model.path("types").forEach(t -> types.add(t.path("name").asText()));
        Map<String, String> slotTypes = Arrays.stream(Slot.values()).collect(Collectors.toMap(Slot::slotName, Slot::typeName));
        for (JsonNode intent : model.path("intents")) {
            Map<String, String> declared = new HashMap<>();
            intent.path("slots").forEach(s -> declared.put(s.path("name").asText(), s.path("type").asText()));
            for (JsonNode sample : intent.path("samples")) {
                Matcher m = SLOT_REF.matcher(sample.asText());
                while (m.find()) {
                    assertThat(declared).as(intent.path("name") + ": " + sample).containsKey(m.group(1));
                }
            }
            declared.forEach((slot, type) -> {
                assertThat(slotTypes).as("slot known to the code").containsEntry(slot, type);
                assertThat(type.startsWith("AMAZON.") || types.contains(type)).as("type " + type + " declared").isTrue();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-MX", "es-ES"})
    void everySlotValueIdIsKnownToTheCode(String locale) throws IOException {
        var catalog = new ContentRepository().forLocale(locale).catalog();
        Map<String, Function<String, Boolean>> known = Map.of(
                "BackTopic", id -> Topic.forId(id).isPresent(),
                "Symptom", id -> RedFlag.forId(id).isPresent() || Sensation.forId(id).isPresent(),
                "RoutineName", id -> catalog.routine(id).isPresent(),
                "StretchName", id -> catalog.stretchIndex(id) >= 0,
                "CommandWord", id -> Arrays.stream(Intent.values()).anyMatch(i -> i.name().equals(id)),
                "PainLevel", id -> id.equals("WORST"));
        for (JsonNode type : model(locale).path("types")) {
            String name = type.path("name").asText();
            assertThat(known).as("slot type " + name + " handled in code").containsKey(name);
            Set<String> ids = new HashSet<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText();
                assertThat(known.get(name).apply(id)).as(name + " id " + id).isTrue();
                ids.add(id);
            }
            if (name.equals("BackTopic")) {
                assertThat(ids).hasSize(Topic.values().length);
            }
            if (name.equals("Symptom")) {
                assertThat(ids).hasSize(RedFlag.values().length + Sensation.values().length);
            }
            if (name.equals("RoutineName")) {
                assertThat(ids).hasSize(catalog.routines().size());
            }
            if (name.equals("StretchName")) {
                assertThat(ids).as("every stretch can be named").hasSize(13);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-MX", "es-ES"})
    void everyCustomIntentHasAtLeastFortySamples(String locale) throws IOException {
        for (JsonNode intent : model(locale).path("intents")) {
            if (!intent.path("name").asText().startsWith("AMAZON.")) {
                assertThat(intent.path("samples").size()).as(locale + " " + intent.path("name").asText())
                        .isGreaterThanOrEqualTo(40);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-MX", "es-ES"})
    void noSampleIsSharedByTwoIntentsAndSamplesAreWellFormed(String locale) throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : model(locale).path("intents")) {
            String name = intent.path("name").asText();
            for (JsonNode sample : intent.path("samples")) {
                String text = sample.asText();
                assertThat(text).as(locale + ": lower case, no punctuation but apostrophes")
                        .matches(locale.startsWith("es") ? "[a-z0-9áéíóúüñ' {}.]+" : "[a-z0-9' {}.]+");
                // slot names do not tell Alexa's NLU two samples apart; a sample that is only a custom slot
                // ("{topic}", "{symptom}", "{command}") is told apart by its slot type's values
                String shape = text.replaceAll("\\{\\w+}", "{}");
                String previous = owner.put(shape.equals("{}") ? text : shape, name);
                assertThat(previous).as(locale + ": '" + text + "' in " + name + " and " + previous).isNull();
            }
        }
    }

    @Test
    void everyManifestLocaleHasAModelThatMatchesTheCodeLikeEnUs() throws IOException {
        JsonNode locales = new ObjectMapper().readTree(Files.readString(MANIFEST)).path("manifest")
                .path("publishingInformation").path("locales");
        Set<String> expected = new HashSet<>();
        model().path("intents").forEach(i -> expected.add(i.path("name").asText()));
        for (var it = locales.fieldNames(); it.hasNext(); ) {
            String locale = it.next();
            Path file = MODEL.resolveSibling(locale + ".json");
            assertThat(file).as("model for " + locale).exists();
            JsonNode other = new ObjectMapper().readTree(Files.readString(file)).path("interactionModel").path("languageModel");
            Set<String> names = new HashSet<>();
            other.path("intents").forEach(i -> names.add(i.path("name").asText()));
            assertThat(names).as(locale + " intents").isEqualTo(expected);
            assertThat(other.path("invocationName").asText()).isEqualTo(invocation(locale));
            assertThat(locales.path(locale).path("description").asText())
                    .contains(locale.startsWith("es") ? "No es consejo médico" : "not medical advice");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US", "es-MX", "es-ES"})
    void manifestHasTheDisclaimerAndExamplesFromTheSamples(String tag) throws IOException {
        boolean spanish = tag.startsWith("es");
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(MANIFEST)).path("manifest");
        JsonNode locale = manifest.path("publishingInformation").path("locales").path(tag);
        assertThat(locale.path("description").asText()).contains(spanish
                ? new String[]{"No es consejo médico", "número de emergencias"}
                : new String[]{"not medical advice", "emergency number"});
        Set<String> samples = new HashSet<>();
        model(tag).path("intents").forEach(i -> i.path("samples").forEach(s -> samples.add(s.asText())));
        String invocation = model(tag).path("invocationName").asText();
        assertThat(invocation).isEqualTo(invocation(tag));
        JsonNode examples = locale.path("examplePhrases");
        assertThat(examples).hasSize(3);
        assertThat(examples.get(0).asText().toLowerCase()).startsWith((spanish ? "alexa, abre " : "alexa, open ") + invocation);
        for (int i = 1; i < 3; i++) {
            String phrase = examples.get(i).asText().toLowerCase();
            String prefix = (spanish ? "alexa, pregunta a " : "alexa, ask ") + invocation + " ";
            assertThat(phrase).startsWith(prefix);
            assertThat(samples).contains(phrase.substring(prefix.length()));
        }
        assertThat(manifest.path("apis").path("custom").path("endpoint").path("uri").asText()).endsWith(":live");
        assertThat(manifest.path("privacyAndCompliance").path("usesHealthInfo").asBoolean(true)).isFalse();
    }
}
