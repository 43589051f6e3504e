package coach.backrelief.content;

import coach.backrelief.routine.Routine;
import coach.backrelief.routine.RoutineCatalog;
import coach.backrelief.routine.Stretch;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads {@code stretches.json} and {@code routines.json} into a {@link RoutineCatalog}, failing on anything missing. */
final class RoutineCatalogReader {
    private RoutineCatalogReader() {
    }

    static RoutineCatalog read(Map<String, JsonNode> stretchNodes, Map<String, JsonNode> routineNodes,
                               String defaultRoutine, UnaryOperator<String> resolve) {
        Map<String, Stretch> stretches = new LinkedHashMap<>();
        stretchNodes.forEach((id, node) -> stretches.put(id, stretch(id, node, resolve)));
        Map<String, Routine> routines = new LinkedHashMap<>();
        routineNodes.forEach((id, node) -> routines.put(id, routine(id, node, resolve)));
        if (defaultRoutine == null) {
            throw new IllegalArgumentException("no default routine");
        }
        return new RoutineCatalog(stretches, routines, defaultRoutine);
    }

    private static Stretch stretch(String id, JsonNode n, UnaryOperator<String> resolve) {
        Stretch.Kind kind = Stretch.Kind.valueOf(text(n, "kind", id, resolve));
        List<Stretch.RepCue> reps = new ArrayList<>();
        n.path("reps").forEach(r -> reps.add(new Stretch.RepCue(r.path("at").asDouble(), resolve.apply(r.path("text").asText()))));
        Stretch stretch = new Stretch(id, text(n, "name", id, resolve), kind, text(n, "position", id, resolve),
                list(n.path("sides"), resolve), optional(n, "how", resolve), text(n, "start", id, resolve),
                list(n.path("alternate"), resolve), n.path("alternateSeconds").asDouble(0), reps,
                n.path("repSeconds").asDouble(0), text(n, "release", id, resolve), text(n, "again", id, resolve),
                text(n, "caution", id, resolve), text(n, "easier", id, resolve));
        switch (kind) {
            case HOLD -> require(!stretch.sides().isEmpty() && stretch.sides().size() <= 2, id, "HOLD needs one or two sides");
            case ALTERNATE -> require(stretch.alternate().size() >= 2 && stretch.alternateSeconds() > 0 && stretch.how() != null,
                    id, "ALTERNATE needs how, two alternate cues and alternateSeconds");
            case REPS -> require(!reps.isEmpty() && stretch.repSeconds() > 0 && stretch.how() != null
                    && reps.stream().allMatch(r -> r.atSeconds() < stretch.repSeconds()), id,
                    "REPS needs how, rep cues inside repSeconds");
            default -> throw new IllegalStateException();
        }
        return stretch;
    }

    private static Routine routine(String id, JsonNode n, UnaryOperator<String> resolve) {
        List<Routine.Step> steps = new ArrayList<>();
        n.path("steps").forEach(s -> steps.add(new Routine.Step(s.path("stretch").asText(), s.path("seconds").asInt(0),
                s.path("reps").asInt(0), s.path("easier").asBoolean(false))));
        require(!steps.isEmpty(), id, "a routine needs steps");
        require(steps.stream().allMatch(s -> s.seconds() > 0 ^ s.reps() > 0), id, "each step has seconds or reps");
        return new Routine(id, text(n, "name", id, resolve), text(n, "summary", id, resolve), steps);
    }

    private static String text(JsonNode n, String field, String id, UnaryOperator<String> resolve) {
        String value = n.path(field).asText("");
        require(!value.isBlank(), id, "missing " + field);
        return resolve.apply(value);
    }

    private static String optional(JsonNode n, String field, UnaryOperator<String> resolve) {
        String value = n.path(field).asText("");
        return value.isBlank() ? null : resolve.apply(value);
    }

    private static List<String> list(JsonNode n, UnaryOperator<String> resolve) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(resolve.apply(v.asText())));
        return out;
    }

    private static void require(boolean ok, String id, String what) {
        if (!ok) {
            throw new IllegalArgumentException(id + ": " + what);
        }
    }
}
