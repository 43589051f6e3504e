package coach.backrelief.content;

import coach.backrelief.knowledge.TriageVocabulary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code triage.json} layers into a {@link TriageVocabulary}. Later layers extend earlier
 * ones: objects are merged key by key, lists are appended to (so {@code en-GB} can add words to a
 * concept of {@code en}), single values are replaced.
 */
final class TriageVocabularyReader {
    private TriageVocabularyReader() {
    }

    static TriageVocabulary read(List<JsonNode> layers, String where) {
        if (layers.isEmpty()) {
            throw new ContentException(where + ": no triage.json");
        }
        JsonNode merged = layers.get(0).deepCopy();
        for (JsonNode layer : layers.subList(1, layers.size())) {
            merge((ObjectNode) merged, layer);
        }
        JsonNode negation = merged.path("negation");
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        merged.path("groups").fields().forEachRemaining(e -> groups.put(e.getKey(), rules(e.getValue(), where)));
        Map<String, Map<String, Integer>> topics = weighted(merged.path("topics"));
        Map<String, List<String>> concepts = lists(merged.path("concepts"));
        return new TriageVocabulary(strings(merged.path("drop")), stringMap(merged.path("contractions")),
                strings(merged.path("isAfter")), strings(negation.path("negators")),
                strings(negation.path("nounNegators")), strings(negation.path("uncertain")),
                strings(negation.path("boundaries")), strings(negation.path("clauseStarters")),
                negation.path("scope").asInt(6), merged.path("window").asInt(12), concepts,
                strings(merged.path("ignore")), strings(merged.path("topicIgnore")), groups,
                rules(merged.path("clarify"), where), rules(merged.path("pain"), where), topics,
                strings(merged.path("domain")), merged.path("threshold").asInt(2), merged.path("strong").asInt(3),
                merged.path("intentMargin").asInt(0),
                merged.hasNonNull("defaultTopic") ? merged.get("defaultTopic").asText() : null,
                stringMap(merged.path("prefixes")), weighted(merged.path("intents")), stringMap(merged.path("defaults")),
                lists(merged.path("routines")), numbers(merged.path("numbers")), strings(merged.path("minuteWords")));
    }

    private static void merge(ObjectNode into, JsonNode layer) {
        layer.fields().forEachRemaining(e -> {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode object && e.getValue().isObject()) {
                merge(object, e.getValue());
            } else if (existing instanceof ArrayNode array && e.getValue().isArray()) {
                array.addAll((ArrayNode) e.getValue());
            } else {
                into.set(e.getKey(), e.getValue());
            }
        });
    }

    private static List<List<String>> rules(JsonNode node, String where) {
        List<List<String>> rules = new ArrayList<>();
        for (JsonNode rule : node) {
            if (!rule.isArray() || rule.isEmpty()) {
                throw new ContentException(where + ": a triage rule must be a non-empty list of terms");
            }
            rules.add(strings(rule));
        }
        return rules;
    }

    /** key → (cue → weight). */
    private static Map<String, Map<String, Integer>> weighted(JsonNode node) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            Map<String, Integer> cues = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(c -> cues.put(c.getKey(), c.getValue().asInt()));
            out.put(e.getKey(), cues);
        });
        return out;
    }

    private static Map<String, List<String>> lists(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
        return out;
    }

    private static Map<String, Integer> numbers(JsonNode node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
