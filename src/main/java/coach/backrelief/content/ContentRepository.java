package coach.backrelief.content;

import coach.backrelief.knowledge.FollowUp;
import coach.backrelief.knowledge.Triage;
import coach.backrelief.knowledge.TriageVocabulary;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.TopicText;
import coach.backrelief.routine.RoutineCatalog;
import coach.backrelief.json.JsonTree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static coach.backrelief.content.Node.asText;
import static coach.backrelief.content.Node.elements;
import static coach.backrelief.content.Node.path;

/**
 * Loads the content of a locale once, on first use, and keeps it.
 *
 * <p>Files live under {@code content/<tag>/} on the classpath. A locale is built from layers,
 * later ones overriding earlier ones key by key: the language's base, then the full tag
 * ({@code en-GB}, {@code es-MX}). A language with content of its own ({@code content/es/} holding
 * {@code messages.json}) is its own base, complete: no English word is ever mixed into Spanish,
 * and a message missing there is a content error, not an English fallback. Any other language
 * ({@code fr-FR} while there is no French) falls back to {@code en}. A country layer may hold only
 * the keys that differ, so a new locale is data, not code. The drawings are not words: every
 * locale starts from {@code en}'s and a layer may replace one. {@code {name}} in any text is replaced
 * by the message {@code name} of the same locale (for example {@code {emergencyNumber}}).
 *
 * <p>Files are read with {@link JsonTree} (jackson-core's streaming parser, no databind), which
 * refuses a key given twice and anything after the document's one value.
 */
public final class ContentRepository {
    static final String BASE = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z.]+)}");

    private final String root;
    private final Map<String, Content> cache = new ConcurrentHashMap<>();

    /** The content on the classpath under {@code /content}. */
    public ContentRepository() {
        this("/content");
    }

    /** Content under another classpath folder (tests of malformed content). */
    ContentRepository(String root) {
        this.root = root;
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

    /** The layers of a locale, base first (see the class comment). */
    List<String> layers(String tag) {
        List<String> layers = new ArrayList<>();
        String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        boolean ownBase = !language.equals(BASE) && exists(language, "messages.json");
        if (!ownBase) {
            layers.add(BASE);
        }
        if (!language.equals(BASE)) {
            layers.add(language);
        }
        if (!tag.equals(language)) {
            layers.add(tag);
        }
        return layers;
    }

    private boolean exists(String layer, String file) {
        return ContentRepository.class.getResource(root + "/" + layer + "/" + file) != null;
    }

    private Content load(String tag) {
        List<String> layers = layers(tag);
        Map<String, List<String>> messages = new LinkedHashMap<>();
        Map<String, Object> topicNodes = new LinkedHashMap<>();
        Map<String, Object> stretchNodes = new LinkedHashMap<>();
        Map<String, Object> routineNodes = new LinkedHashMap<>();
        String[] defaultRoutine = {null};
        List<Map<String, Object>> triageLayers = new ArrayList<>();
        List<Map<String, Object>> drawingLayers = new ArrayList<>();
        if (!layers.get(0).equals(BASE)) {
            readObject(BASE, "drawings.json").ifPresent(drawingLayers::add);
        }
        for (String layer : layers) {
            readObject(layer, "triage.json").ifPresent(triageLayers::add);
            readObject(layer, "stretches.json").ifPresent(stretchNodes::putAll);
            readObject(layer, "routines.json").ifPresent(node -> {
                routineNodes.putAll(Node.fields(path(node, "routines")));
                if (Node.hasNonNull(node, "default")) {
                    defaultRoutine[0] = asText(node.get("default"));
                }
            });
            readObject(layer, "messages.json").ifPresent(node -> node.forEach(
                    (key, value) -> messages.put(key, strings(value, layer + " messages." + key))));
            readObject(layer, "topics.json").ifPresent(topicNodes::putAll);
            readObject(layer, "drawings.json").ifPresent(drawingLayers::add);
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
                () -> triage(TriageVocabularyReader.read(triageLayers, tag), tag), drawings(drawingLayers, tag));
        validate(content);
        return content;
    }

    /**
     * The stretches' drawings: later layers replace a drawing whole (or the viewport). A stroke without
     * path data or a path that leaves the viewport is a content error; so is a stretch of the catalog
     * without a drawing ({@link #validate}).
     */
    private static Map<String, Drawing> drawings(List<Map<String, Object>> layers, String tag) {
        int width = 0;
        int height = 0;
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (Map<String, Object> layer : layers) {
            Object viewport = layer.get("viewport");
            if (viewport != null) {
                width = whole(path(viewport, "width"), tag + " drawings viewport width");
                height = whole(path(viewport, "height"), tag + " drawings viewport height");
            }
            nodes.putAll(Node.fields(path(layer, "drawings")));
        }
        Map<String, Drawing> drawings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : nodes.entrySet()) {
            List<Drawing.Stroke> strokes = new ArrayList<>();
            for (Object stroke : Node.elements(path(e.getValue(), "strokes"))) {
                String where = tag + " drawing " + e.getKey();
                String data = asText(path(stroke, "d"), null);
                if (data == null || data.isBlank()) {
                    throw new ContentException(where + ": a stroke without path data");
                }
                PathData.check(data, width, height, where);
                strokes.add(new Drawing.Stroke(data, Boolean.TRUE.equals(path(stroke, "fill"))));
            }
            drawings.put(e.getKey(), new Drawing(width, height, strokes));
        }
        return drawings;
    }

    private static int whole(Object value, String what) {
        if (value instanceof Number n && n.intValue() > 0 && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new ContentException(what + ": a positive whole number expected");
    }

    private static Triage triage(TriageVocabulary vocabulary, String tag) {
        try {
            return Triage.compile(vocabulary);
        } catch (IllegalArgumentException e) {
            throw new ContentException(tag + " triage: " + e.getMessage(), e);
        }
    }

    private TopicText topicText(String id, Object node, Map<String, List<String>> messages, String tag) {
        String where = tag + " topic " + id;
        FollowUp followUp = FollowUp.parse(asText(path(node, "followUp"), null))
                .orElseThrow(() -> new ContentException(where + ": bad followUp"));
        return new TopicText(
                resolve(asText(required(node, "title", where)), messages, tag),
                strings(required(node, "openers", where), where).stream().map(s -> resolve(s, messages, tag)).toList(),
                strings(required(node, "speech", where), where).stream().map(s -> resolve(s, messages, tag)).toList(),
                followUp,
                resolve(asText(required(node, "offer", where)), messages, tag),
                details(path(node, "details"), messages, tag, where));
    }

    private List<TopicText.Detail> details(Object node, Map<String, List<String>> messages, String tag, String where) {
        List<TopicText.Detail> out = new ArrayList<>();
        for (Object detail : elements(node)) {
            List<String> cues = strings(required(detail, "when", where), where);
            List<String> speech = strings(required(detail, "speech", where), where).stream()
                    .map(s -> resolve(s, messages, tag)).toList();
            if (cues.isEmpty() || speech.isEmpty()) {
                throw new ContentException(where + ": a detail needs cues and speech");
            }
            out.add(new TopicText.Detail(cues, speech, asText(path(detail, "intent"), null)));
        }
        return out;
    }

    private static Object required(Object node, String field, String where) {
        Object value = path(node, field);
        if (value == Node.MISSING || value == null || (value instanceof String text && text.isBlank())) {
            throw new ContentException(where + ": missing " + field);
        }
        return value;
    }

    private static List<String> strings(Object node, String where) {
        List<String> out = new ArrayList<>();
        if (node instanceof String text) {
            out.add(text);
        } else if (node instanceof List<?> list) {
            list.forEach(n -> out.add(asText(n)));
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

    private Optional<Map<String, Object>> readObject(String layer, String file) {
        String path = root + "/" + layer + "/" + file;
        try (InputStream in = ContentRepository.class.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            // an empty file read as a missing node before: not an object, rather than a parse error
            Object node = new String(bytes, StandardCharsets.UTF_8).isBlank() ? null : JsonTree.parse(bytes);
            if (!(node instanceof Map<?, ?>)) {
                throw new ContentException(path + ": expected a JSON object");
            }
            return Optional.of(Node.fields(node));
        } catch (IOException e) {
            throw new ContentException(path + ": " + e.getMessage(), e);
        }
    }

    private static void validate(Content content) {
        for (Msg msg : Msg.values()) {
            content.variants(msg);
        }
        content.wordsPerSecond();
        for (Topic topic : Topic.values()) {
            content.topic(topic);
        }
        for (String id : content.catalog().stretchIds()) {
            if (content.drawing(id).strokes().isEmpty()) {
                throw new ContentException("a drawing without strokes for " + id + " in " + content.locale());
            }
        }
    }
}
