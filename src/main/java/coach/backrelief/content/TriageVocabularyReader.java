package coach.backrelief.content;

import coach.backrelief.knowledge.TriageVocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static coach.backrelief.content.Node.asInt;
import static coach.backrelief.content.Node.asText;
import static coach.backrelief.content.Node.elements;
import static coach.backrelief.content.Node.fields;
import static coach.backrelief.content.Node.path;

/**
 * Reads {@code triage.json} layers into a {@link TriageVocabulary}. Later layers extend earlier
 * ones: objects are merged key by key, lists are appended to (so {@code en-GB} can add words to a
 * concept of {@code en}), single values are replaced.
 */
final class TriageVocabularyReader {
    private TriageVocabularyReader() {
    }

    /** The layers are objects as {@link coach.backrelief.json.JsonTree} reads them; they are not changed. */
    static TriageVocabulary read(List<Map<String, Object>> layers, String where) {
        if (layers.isEmpty()) {
            throw new ContentException(where + ": no triage.json");
        }
        Map<String, Object> merged = fields(Node.deepCopy(layers.get(0)));
        for (Map<String, Object> layer : layers.subList(1, layers.size())) {
            merge(merged, layer);
        }
        Object negation = path(merged, "negation");
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        fields(path(merged, "groups")).forEach((key, value) -> groups.put(key, rules(value, where)));
        Map<String, Map<String, Integer>> topics = weighted(path(merged, "topics"));
        Map<String, List<String>> concepts = lists(path(merged, "concepts"));
        return new TriageVocabulary(strings(path(merged, "drop")), stringMap(path(merged, "contractions")),
                strings(path(merged, "isAfter")), strings(path(negation, "negators")),
                strings(path(negation, "nounNegators")), strings(path(negation, "uncertain")),
                strings(path(negation, "boundaries")), strings(path(negation, "clauseStarters")),
                asInt(path(negation, "scope"), 6), asInt(path(merged, "window"), 12), concepts,
                strings(path(merged, "ignore")), strings(path(merged, "topicIgnore")), groups,
                rules(path(merged, "clarify"), where), rules(path(merged, "pain"), where), topics,
                strings(path(merged, "domain")), asInt(path(merged, "threshold"), 2), asInt(path(merged, "strong"), 3),
                asInt(path(merged, "intentMargin"), 0),
                Node.hasNonNull(merged, "defaultTopic") ? asText(merged.get("defaultTopic")) : null,
                stringMap(path(merged, "prefixes")), weighted(path(merged, "intents")), stringMap(path(merged, "defaults")),
                lists(path(merged, "routines")), numbers(path(merged, "numbers")), strings(path(merged, "minuteWords")));
    }

    /** Merges a layer into a tree of its own (values taken from the layer are copied, so the layer stays as read). */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> layer) {
        layer.forEach((key, value) -> {
            Object existing = into.get(key);
            if (existing instanceof Map<?, ?> object && value instanceof Map<?, ?>) {
                merge((Map<String, Object>) object, fields(value));
            } else if (existing instanceof List<?> array && value instanceof List<?> more) {
                ((List<Object>) array).addAll(more);
            } else {
                into.put(key, Node.deepCopy(value));
            }
        });
    }

    private static List<List<String>> rules(Object node, String where) {
        List<List<String>> rules = new ArrayList<>();
        for (Object rule : elements(node)) {
            if (!(rule instanceof List<?> terms) || terms.isEmpty()) {
                throw new ContentException(where + ": a triage rule must be a non-empty list of terms");
            }
            rules.add(strings(rule));
        }
        return rules;
    }

    /** key → (cue → weight). */
    private static Map<String, Map<String, Integer>> weighted(Object node) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        fields(node).forEach((key, value) -> {
            Map<String, Integer> cues = new LinkedHashMap<>();
            fields(value).forEach((cue, weight) -> cues.put(cue, asInt(weight, 0)));
            out.put(key, cues);
        });
        return out;
    }

    private static Map<String, List<String>> lists(Object node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        fields(node).forEach((key, value) -> out.put(key, strings(value)));
        return out;
    }

    private static Map<String, Integer> numbers(Object node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        fields(node).forEach((key, value) -> out.put(key, asInt(value, 0)));
        return out;
    }

    private static List<String> strings(Object node) {
        List<String> out = new ArrayList<>();
        elements(node).forEach(n -> out.add(asText(n)));
        return out;
    }

    private static Map<String, String> stringMap(Object node) {
        Map<String, String> out = new LinkedHashMap<>();
        fields(node).forEach((key, value) -> out.put(key, asText(value)));
        return out;
    }
}
