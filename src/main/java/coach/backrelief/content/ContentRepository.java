package coach.backrelief.content;

import coach.backrelief.knowledge.FollowUp;
import coach.backrelief.knowledge.Triage;
import coach.backrelief.knowledge.TriageVocabulary;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.TopicText;
import coach.backrelief.routine.RoutineCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the content of a locale once, on first use, and keeps it.
 *
 * <p>Files live under {@code content/<tag>/} on the classpath. A locale is built from layers,
 * later ones overriding earlier ones key by key: {@code en} (the base every locale falls back
 * to), then the language ({@code fr}), then the full tag ({@code en-GB}). A layer may hold only
 * the keys that differ, so a new locale is data, not code. {@code {name}} in any text is replaced
 * by the message {@code name} of the same locale (for example {@code {emergencyNumber}}).
 */
public final class ContentRepository {
    static final String BASE = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z.]+)}");

    private final ObjectMapper mapper;
    private final Map<String, Content> cache = new ConcurrentHashMap<>();

    public ContentRepository(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Content for a request locale such as {@code en-GB}; unknown or missing tags fall back to English. */
    public Content forLocale(String tag) {
        String normalised = normalise(tag);
        return cache.computeIfAbsent(normalised, this::load);
    }

    static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return BASE;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return BASE;
        }
        return locale.getCountry().isEmpty() ? language : language + "-" + locale.getCountry();
    }

    private Content load(String tag) {
        List<String> layers = new ArrayList<>();
        layers.add(BASE);
        String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        if (!language.equals(BASE)) {
            layers.add(language);
        }
        if (!tag.equals(language)) {
            layers.add(tag);
        }
        Map<String, List<String>> messages = new LinkedHashMap<>();
        Map<String, JsonNode> topicNodes = new LinkedHashMap<>();
        Map<String, JsonNode> stretchNodes = new LinkedHashMap<>();
        Map<String, JsonNode> routineNodes = new LinkedHashMap<>();
        String[] defaultRoutine = {null};
        List<JsonNode> triageLayers = new ArrayList<>();
        for (String layer : layers) {
            readObject(layer, "triage.json").ifPresent(triageLayers::add);
            readObject(layer, "stretches.json").ifPresent(node -> node.fields().forEachRemaining(
                    e -> stretchNodes.put(e.getKey(), e.getValue())));
            readObject(layer, "routines.json").ifPresent(node -> {
                node.path("routines").fields().forEachRemaining(e -> routineNodes.put(e.getKey(), e.getValue()));
                if (node.hasNonNull("default")) {
                    defaultRoutine[0] = node.get("default").asText();
                }
            });
            readObject(layer, "messages.json").ifPresent(node -> node.fields().forEachRemaining(
                    e -> messages.put(e.getKey(), strings(e.getValue(), layer + " messages." + e.getKey()))));
            readObject(layer, "topics.json").ifPresent(node -> node.fields().forEachRemaining(
                    e -> topicNodes.put(e.getKey(), e.getValue())));
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        messages.forEach((key, values) -> resolved.put(key, values.stream()
                .map(v -> resolve(v, messages, tag)).toList()));
        Map<Topic, TopicText> topics = new LinkedHashMap<>();
        topicNodes.forEach((id, node) -> {
            Topic topic = Topic.forId(id).orElseThrow(() -> new ContentException("unknown topic id " + id));
            topics.put(topic, topicText(id, node, messages, tag));
        });
        RoutineCatalog catalog;
        try {
            catalog = RoutineCatalogReader.read(stretchNodes, routineNodes, defaultRoutine[0],
                    text -> resolve(text, messages, tag));
        } catch (IllegalArgumentException e) {
            throw new ContentException(tag + " routines: " + e.getMessage(), e);
        }
        Content content = new Content(tag, resolved, topics, catalog,
                () -> triage(TriageVocabularyReader.read(triageLayers, tag), tag));
        validate(content);
        return content;
    }

    private static Triage triage(TriageVocabulary vocabulary, String tag) {
        try {
            return Triage.compile(vocabulary);
        } catch (IllegalArgumentException e) {
            throw new ContentException(tag + " triage: " + e.getMessage(), e);
        }
    }

    private TopicText topicText(String id, JsonNode node, Map<String, List<String>> messages, String tag) {
        String where = tag + " topic " + id;
        FollowUp followUp = FollowUp.parse(node.path("followUp").asText(null))
                .orElseThrow(() -> new ContentException(where + ": bad followUp"));
        return new TopicText(
                resolve(required(node, "title", where).asText(), messages, tag),
                strings(required(node, "openers", where), where).stream().map(s -> resolve(s, messages, tag)).toList(),
                strings(required(node, "speech", where), where).stream().map(s -> resolve(s, messages, tag)).toList(),
                followUp,
                resolve(required(node, "offer", where).asText(), messages, tag),
                details(node.path("details"), messages, tag, where));
    }

    private List<TopicText.Detail> details(JsonNode node, Map<String, List<String>> messages, String tag, String where) {
        List<TopicText.Detail> out = new ArrayList<>();
        for (JsonNode detail : node) {
            List<String> cues = strings(required(detail, "when", where), where);
            List<String> speech = strings(required(detail, "speech", where), where).stream()
                    .map(s -> resolve(s, messages, tag)).toList();
            if (cues.isEmpty() || speech.isEmpty()) {
                throw new ContentException(where + ": a detail needs cues and speech");
            }
            out.add(new TopicText.Detail(cues, speech, detail.path("intent").asText(null)));
        }
        return out;
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw new ContentException(where + ": missing " + field);
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String where) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
            throw new ContentException(where + ": expected text or a list of texts");
        }
        return out;
    }

    private static String resolve(String text, Map<String, List<String>> messages, String tag) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> value = messages.get(m.group(1));
            if (value == null) {
                throw new ContentException(tag + ": unknown placeholder {" + m.group(1) + "} in: " + text);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value.get(0)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private java.util.Optional<JsonNode> readObject(String layer, String file) {
        String path = "/content/" + layer + "/" + file;
        try (InputStream in = ContentRepository.class.getResourceAsStream(path)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            JsonNode node = mapper.readTree(in);
            if (!node.isObject()) {
                throw new ContentException(path + ": expected a JSON object");
            }
            return java.util.Optional.of(node);
        } catch (IOException e) {
            throw new ContentException(path + ": " + e.getMessage(), e);
        }
    }

    private static void validate(Content content) {
        for (Msg msg : Msg.values()) {
            content.variants(msg);
        }
        for (Topic topic : Topic.values()) {
            content.topic(topic);
        }
    }
}
