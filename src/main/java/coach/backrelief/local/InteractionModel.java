package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an interaction model the console needs: invocation name, intents with their samples
 * and slots, and slot types with values and synonyms.
 */
record InteractionModel(String locale, String invocationName, List<IntentModel> intents,
                        Map<String, List<SlotValue>> slotTypes) {

    static final String DIRECTORY = "interaction-model/interactionModels/custom/";

    /** One intent: its samples and its slot name → slot type. */
    record IntentModel(String name, List<String> samples, Map<String, String> slots) {
    }

    /** One slot type value: its id (null when the model gives none), name and synonyms. */
    record SlotValue(String id, String name, List<String> synonyms) {
    }

    /**
     * Loads {@code <locale>.json} from {@code interaction-model/} in the working directory (so edits
     * show up without a rebuild), else from the classpath; a missing locale falls back to another
     * model of the same language (en-GB → en-US).
     */
    static InteractionModel load(String locale) {
        List<String> candidates = new ArrayList<>(List.of(locale));
        String language = locale.split("-")[0];
        for (String other : List.of("en-US", "en-GB", "en-AU", "en-CA", "en-IN", "es-US", "es-MX", "es-ES")) {
            if (other.startsWith(language + "-") && !candidates.contains(other)) {
                candidates.add(other);
            }
        }
        for (String tag : candidates) {
            JsonNode json = read(DIRECTORY + tag + ".json");
            if (json != null) {
                return parse(tag, json);
            }
        }
        throw new IllegalArgumentException("no interaction model for locale " + locale
                + " (looked for " + DIRECTORY + locale + ".json)");
    }

    private static JsonNode read(String path) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return mapper.readTree(file.toFile());
            }
            try (InputStream in = InteractionModel.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? null : mapper.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static InteractionModel parse(String locale, JsonNode root) {
        JsonNode language = root.path("interactionModel").path("languageModel");
        List<IntentModel> intents = new ArrayList<>();
        for (JsonNode intent : language.path("intents")) {
            List<String> samples = new ArrayList<>();
            intent.path("samples").forEach(s -> samples.add(s.asText()));
            Map<String, String> slots = new LinkedHashMap<>();
            intent.path("slots").forEach(s -> slots.put(s.path("name").asText(), s.path("type").asText()));
            intents.add(new IntentModel(intent.path("name").asText(), List.copyOf(samples), slots));
        }
        Map<String, List<SlotValue>> types = new LinkedHashMap<>();
        for (JsonNode type : language.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                List<String> synonyms = new ArrayList<>();
                value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
                values.add(new SlotValue(value.hasNonNull("id") ? value.path("id").asText() : null,
                        value.path("name").path("value").asText(), List.copyOf(synonyms)));
            }
            types.put(type.path("name").asText(), List.copyOf(values));
        }
        return new InteractionModel(locale, language.path("invocationName").asText(), List.copyOf(intents), types);
    }

    boolean declares(String intentName) {
        return intents.stream().anyMatch(i -> i.name().equals(intentName));
    }

    IntentModel intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }
}
