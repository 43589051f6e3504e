package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out an APL for Audio document in time: {@code Sequencer} children play one after another,
 * {@code Mixer} children start together, {@code Silence} lasts {@code duration} ms, and
 * {@code Speech} lasts its word count at {@value #WORDS_PER_SECOND} words a second (plus any SSML
 * breaks in it). The result is the words in the order they start, with the gaps between them as pauses.
 */
final class AplaTimeline {
    static final double WORDS_PER_SECOND = 2.5;
    private static final Pattern BINDING = Pattern.compile("\\$\\{([\\w.]+)}");

    private final JsonNode datasources;
    private final String parameter;
    private final List<Timed> placed = new ArrayList<>();

    private record Timed(long start, long end, String text) {
    }

    private AplaTimeline(JsonNode document, JsonNode datasources) {
        this.datasources = datasources;
        JsonNode parameters = document.path("mainTemplate").path("parameters");
        this.parameter = parameters.isArray() && parameters.size() > 0 ? parameters.get(0).asText() : "payload";
    }

    /** The segments of an {@code Alexa.Presentation.APLA.RenderDocument} directive. */
    static List<Segment> segments(JsonNode directive) {
        JsonNode document = directive.path("document");
        AplaTimeline timeline = new AplaTimeline(document, directive.path("datasources"));
        long end = 0;
        for (JsonNode item : children(document.path("mainTemplate"))) {
            end = timeline.place(item, end);
        }
        return timeline.render(end);
    }

    static long speechMillis(String text) {
        return Math.round(Utterances.words(Utterances.normalise(text)) / WORDS_PER_SECOND * 1000);
    }

    /** Places a component starting at {@code start}; returns when it ends. */
    private long place(JsonNode component, long start) {
        switch (component.path("type").asText()) {
            case "Sequencer": {
                long t = start;
                for (JsonNode child : children(component)) {
                    t = place(child, t);
                }
                return t;
            }
            case "Mixer": {
                long end = start;
                for (JsonNode child : children(component)) {
                    end = Math.max(end, place(child, start));
                }
                return end;
            }
            case "Selector": {
                List<JsonNode> options = children(component);
                return options.isEmpty() ? start : place(options.get(0), start);
            }
            case "Silence":
                return start + Math.max(0, component.path("duration").asLong(0));
            case "Audio":
                placed.add(new Timed(start, start, "(audio clip)"));
                return start;
            case "Speech":
                return placeSpeech(component, start);
            default:
                return start;
        }
    }

    private long placeSpeech(JsonNode speech, long start) {
        String content = bind(speech.path("content").asText(""));
        List<Segment> parts = "SSML".equalsIgnoreCase(speech.path("contentType").asText())
                ? SsmlText.segments(content) : List.of(new Segment.Words(content.trim()));
        long t = start;
        for (Segment part : parts) {
            if (part instanceof Segment.Words words && !words.text().isEmpty()) {
                long end = t + speechMillis(words.text());
                placed.add(new Timed(t, end, words.text()));
                t = end;
            } else if (part instanceof Segment.Pause pause) {
                t += pause.millis();
            }
        }
        return t;
    }

    private List<Segment> render(long totalEnd) {
        List<Segment> out = new ArrayList<>();
        long cursor = 0;
        placed.sort(Comparator.comparingLong(Timed::start));
        for (Timed item : placed) {
            SsmlText.addPause(out, item.start() - cursor);
            out.add(new Segment.Words(item.text()));
            cursor = Math.max(cursor, item.end());
        }
        SsmlText.addPause(out, totalEnd - cursor);
        return out;
    }

    private static List<JsonNode> children(JsonNode component) {
        List<JsonNode> out = new ArrayList<>();
        for (String key : new String[]{"items", "item"}) {
            JsonNode node = component.path(key);
            if (node.isArray()) {
                node.forEach(out::add);
            } else if (node.isObject()) {
                out.add(node);
            }
        }
        return out;
    }

    /** Replaces {@code ${payload.a.b}} data bindings with values from the data sources. */
    private String bind(String text) {
        Matcher m = BINDING.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] path = m.group(1).split("\\.");
            JsonNode node = path[0].equals(parameter) ? datasources : null;
            for (int i = 1; node != null && i < path.length; i++) {
                node = node.get(path[i]);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(node != null && node.isValueNode() ? node.asText() : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
