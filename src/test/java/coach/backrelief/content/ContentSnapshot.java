package coach.backrelief.content;

import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.Triage;
import coach.backrelief.knowledge.TriageVocabulary;
import coach.backrelief.routine.RoutineCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders everything loaded for one locale into a canonical text: every message, every topic
 * (text and details), every stretch and routine, every triage vocabulary list and map, in the
 * order the loader gives them (maps in their own iteration order, so document order shows).
 * Scalars other than text carry their type, so an Integer read as a Long would show.
 *
 * <p>The snapshots in {@code src/test/resources/content-snapshot} were written by
 * {@link ContentSnapshotTest} on the databind loader, before its rewrite, and the test holds every
 * later loader to them.
 */
final class ContentSnapshot {
    static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "en", "en-NZ");
    private static final List<String> LAYERS = List.of("en", "en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Pattern KEY = Pattern.compile("^  \"([^\"]+)\"\\s*:", Pattern.MULTILINE);

    private ContentSnapshot() {
    }

    static String render(Content content) {
        StringBuilder out = new StringBuilder();
        out.append("locale ").append(content.locale()).append('\n');
        for (Msg msg : Msg.values()) {
            out.append("message ").append(msg.key()).append(' ');
            value(out, content.variants(msg), "  ");
        }
        for (Topic topic : Topic.values()) {
            out.append("topic ").append(topic).append(' ');
            value(out, content.topic(topic), "  ");
        }
        RoutineCatalog catalog = content.catalog();
        out.append("defaultRoutine ").append(catalog.defaultRoutine().id()).append('\n');
        catalog.routines().forEach(r -> {
            out.append("routine ").append(r.id()).append(' ');
            value(out, r, "  ");
        });
        for (String id : stretchIds()) {
            out.append("stretch ").append(id).append(" index ").append(catalog.stretchIndex(id)).append(' ');
            value(out, catalog.stretch(id), "  ");
        }
        out.append("triage ");
        value(out, vocabulary(content.triage()), "  ");
        return out.toString();
    }

    /** The stretch ids of every layer's stretches.json (top-level keys, read as text: independent of any JSON loader). */
    private static TreeSet<String> stretchIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (String layer : LAYERS) {
            try (InputStream in = ContentSnapshot.class.getResourceAsStream("/content/" + layer + "/stretches.json")) {
                if (in != null) {
                    Matcher m = KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    /** Triage keeps its vocabulary private; the snapshot reads it (test only). */
    private static TriageVocabulary vocabulary(Triage triage) {
        try {
            Field field = Triage.class.getDeclaredField("vocabulary");
            field.setAccessible(true);
            return (TriageVocabulary) field.get(triage);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void value(StringBuilder out, Object value, String indent) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('\n');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                out.append(indent).append(c.getName()).append(' ');
                try {
                    value(out, c.getAccessor().invoke(record), indent + "  ");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append("map ").append(map.size()).append('\n');
            map.forEach((k, v) -> {
                out.append(indent).append(quote(String.valueOf(k))).append(" = ");
                value(out, v, indent + "  ");
            });
        } else if (value instanceof List<?> list) {
            out.append("list ").append(list.size()).append('\n');
            for (Object item : list) {
                out.append(indent).append("- ");
                value(out, item, indent + "  ");
            }
        } else if (value instanceof String text) {
            out.append(quote(text)).append('\n');
        } else if (value == null) {
            out.append("null\n");
        } else {
            out.append(value.getClass().getSimpleName()).append(' ').append(value).append('\n');
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    static String resource(String locale) {
        return "/content-snapshot/" + locale + ".txt";
    }
}
