package coach.backrelief.progress;

import coach.backrelief.faults.Faults;
import coach.backrelief.json.JsonTree;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one JSON form of a {@link UserProgress}: compact, components in record order, dates and
 * instants as ISO text, nulls left out (the form Jackson databind wrote for the record, kept byte
 * for byte, now written and read with jackson-core's streaming API, so a request that touches
 * progress never initialises databind). Unknown fields are ignored. A record with a newer
 * {@link UserProgress#schemaVersion} than this code is refused as {@link CorruptProgressException},
 * so an older deployment never drops fields it does not know by saving over them.
 */
final class ProgressJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** As text (written to a String, as databind wrote it: text is kept as it is, lone surrogates included). */
    String write(UserProgress progress) {
        java.io.StringWriter text = new java.io.StringWriter(512);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            write(out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The file store's form: {@code {"version":N,"progress":{…}}}. */
    byte[] writeFile(StoredProgress stored) {
        return bytes(out -> {
            out.writeStartObject();
            out.writeNumberField("version", stored.version());
            out.writeFieldName("progress");
            write(out, stored.progress());
            out.writeEndObject();
        });
    }

    UserProgress read(String json) {
        if (json == null) {
            throw new CorruptProgressException("progress record empty", null);
        }
        Object tree;
        try {
            tree = JsonTree.parse(json);
        } catch (IOException | RuntimeException e) {
            throw new CorruptProgressException("progress record unreadable: " + Faults.describe(e), e);
        }
        return fromTree(tree);
    }

    /** Reads the file store's form; a file without a version or a record is corrupt. */
    StoredProgress readFile(byte[] bytes) throws IOException {
        Object root = JsonTree.parse(bytes);
        long version = JsonTree.at(root, "version") instanceof Number n && isIntegral(n) ? n.longValue() : 0;
        Object progress = JsonTree.at(root, "progress");
        if (version < 1 || progress == null) {
            throw new CorruptProgressException("progress file without version or record", null);
        }
        return new StoredProgress(fromTree(progress), version);
    }

    private static UserProgress fromTree(Object tree) {
        UserProgress progress;
        try {
            if (!(tree instanceof Map<?, ?> json)) {
                throw new CorruptProgressException(tree == null ? "progress record empty" : "progress record unreadable: not an object", null);
            }
            progress = new UserProgress(integer(json, "schemaVersion"), saved(json.get("unfinished")),
                    history(json.get("history")), date(json.get("streakStart")), integer(json, "bestStreak"),
                    text(json.get("preferredRoutine")), instant(json.get("disclaimerHeardAt")),
                    instant(json.get("safetyScreenHeardAt")), instant(json.get("floorGuideHeardAt")),
                    texts(json.get("skippedStretches")), date(json.get("ratingAskedOn")),
                    ratings(json.get("ratings")));
        } catch (CorruptProgressException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CorruptProgressException("progress record unreadable: " + Faults.describe(e), e);
        }
        if (progress.schemaVersion() > UserProgress.SCHEMA_VERSION || progress.schemaVersion() < 1) {
            throw new CorruptProgressException("progress schema " + progress.schemaVersion() + " not supported", null);
        }
        return progress;
    }

    // ---- writing ----

    private interface Writing {
        void to(JsonGenerator out) throws IOException;
    }

    private static byte[] bytes(Writing writing) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
        try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static void write(JsonGenerator out, UserProgress p) throws IOException {
        out.writeStartObject();
        out.writeNumberField("schemaVersion", p.schemaVersion());
        if (p.unfinished() != null) {
            SavedRoutine s = p.unfinished();
            out.writeObjectFieldStart("unfinished");
            out.writeStringField("routineId", s.routineId());
            out.writeNumberField("stretchIndex", s.stretchIndex());
            out.writeNumberField("side", s.side());
            out.writeStringField("savedAt", s.savedAt().toString());
            out.writeEndObject();
        }
        out.writeArrayFieldStart("history");
        for (CompletedSession c : p.history()) {
            out.writeStartObject();
            out.writeStringField("d", c.date().toString());
            out.writeStringField("r", c.routineId());
            out.writeNumberField("s", c.seconds());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (p.streakStart() != null) {
            out.writeStringField("streakStart", p.streakStart().toString());
        }
        out.writeNumberField("bestStreak", p.bestStreak());
        if (p.preferredRoutine() != null) {
            out.writeStringField("preferredRoutine", p.preferredRoutine());
        }
        if (p.disclaimerHeardAt() != null) {
            out.writeStringField("disclaimerHeardAt", p.disclaimerHeardAt().toString());
        }
        if (p.safetyScreenHeardAt() != null) {
            out.writeStringField("safetyScreenHeardAt", p.safetyScreenHeardAt().toString());
        }
        if (p.floorGuideHeardAt() != null) {
            out.writeStringField("floorGuideHeardAt", p.floorGuideHeardAt().toString());
        }
        if (p.skippedStretches() != null) {
            out.writeArrayFieldStart("skippedStretches");
            for (String id : p.skippedStretches()) {
                out.writeString(id);
            }
            out.writeEndArray();
        }
        if (p.ratingAskedOn() != null) {
            out.writeStringField("ratingAskedOn", p.ratingAskedOn().toString());
        }
        if (p.ratings() != null) {
            out.writeArrayFieldStart("ratings");
            for (BackRating r : p.ratings()) {
                out.writeStartObject();
                out.writeStringField("d", r.date().toString());
                if (r.before() != null) {
                    out.writeNumberField("b", r.before());
                }
                if (r.after() != null) {
                    out.writeNumberField("a", r.after());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    // ---- reading values ----

    private static SavedRoutine saved(Object value) {
        if (value == null) {
            return null;
        }
        Map<?, ?> json = object(value);
        return new SavedRoutine(text(json.get("routineId")), integer(json, "stretchIndex"), integer(json, "side"),
                instant(json.get("savedAt")));
    }

    private static List<CompletedSession> history(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("history is not a list");
        }
        List<CompletedSession> out = new ArrayList<>(items.size());
        for (Object item : items) {
            Map<?, ?> json = object(item);
            out.add(new CompletedSession(date(json.get("d")), text(json.get("r")), integer(json, "s")));
        }
        return out;
    }

    private static List<BackRating> ratings(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("ratings is not a list");
        }
        List<BackRating> out = new ArrayList<>(items.size());
        for (Object item : items) {
            Map<?, ?> json = object(item);
            out.add(new BackRating(date(json.get("d")), optionalInteger(json, "b"), optionalInteger(json, "a")));
        }
        return out;
    }

    private static Integer optionalInteger(Map<?, ?> json, String key) {
        return json.get(key) == null ? null : integer(json, key);
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("skippedStretches is not a list");
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            String text = text(item);
            if (text == null) {
                throw new IllegalArgumentException("skippedStretches holds a null");
            }
            out.add(text);
        }
        return out;
    }

    private static Map<?, ?> object(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("not an object");
    }

    private static int integer(Map<?, ?> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n && isIntegral(n) && n.longValue() == n.intValue()) {
            return n.intValue();
        }
        throw new IllegalArgumentException(key + " is not a whole number");
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long;
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException("not text");
    }

    private static LocalDate date(Object value) {
        String text = text(value);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(Object value) {
        String text = text(value);
        return text == null ? null : Instant.parse(text);
    }
}
