package coach.backrelief.content;

import coach.backrelief.routine.Place;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.RoutineCatalog;
import coach.backrelief.routine.Stretch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static coach.backrelief.content.Node.asDouble;
import static coach.backrelief.content.Node.asInt;
import static coach.backrelief.content.Node.asText;
import static coach.backrelief.content.Node.elements;
import static coach.backrelief.content.Node.path;

/** Reads {@code stretches.json} and {@code routines.json} into a {@link RoutineCatalog}, failing on anything missing. */
final class RoutineCatalogReader {
    private RoutineCatalogReader() {
    }

    static RoutineCatalog read(Map<String, Object> stretchNodes, Map<String, Object> routineNodes,
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

    private static Stretch stretch(String id, Object n, UnaryOperator<String> resolve) {
        Stretch.Kind kind = Stretch.Kind.valueOf(text(n, "kind", id, resolve));
        List<Stretch.RepCue> reps = new ArrayList<>();
        elements(path(n, "reps")).forEach(r -> reps.add(new Stretch.RepCue(asDouble(path(r, "at"), 0),
                resolve.apply(asText(path(r, "text"))))));
        Stretch stretch = new Stretch(id, text(n, "name", id, resolve), kind, text(n, "position", id, resolve),
                list(path(n, "sides"), resolve), optional(n, "how", resolve), text(n, "start", id, resolve),
                list(path(n, "alternate"), resolve), asDouble(path(n, "alternateSeconds"), 0), reps,
                asDouble(path(n, "repSeconds"), 0), text(n, "release", id, resolve), text(n, "again", id, resolve),
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

    private static Routine routine(String id, Object n, UnaryOperator<String> resolve) {
        List<Routine.Step> steps = new ArrayList<>();
        elements(path(n, "steps")).forEach(s -> steps.add(new Routine.Step(asText(path(s, "stretch")),
                asInt(path(s, "seconds"), 0), asInt(path(s, "reps"), 0), Node.asBoolean(path(s, "easier"), false))));
        require(!steps.isEmpty(), id, "a routine needs steps");
        require(steps.stream().allMatch(s -> s.seconds() > 0 ^ s.reps() > 0), id, "each step has seconds or reps");
        String place = asText(path(n, "place"), "floor");
        require(java.util.Arrays.stream(Place.values()).anyMatch(p -> p.name().equalsIgnoreCase(place)), id,
                "place is floor, chair or bed");
        return new Routine(id, text(n, "name", id, resolve), text(n, "summary", id, resolve),
                Place.valueOf(place.toUpperCase(java.util.Locale.ROOT)), steps);
    }

    private static String text(Object n, String field, String id, UnaryOperator<String> resolve) {
        String value = asText(path(n, field), "");
        require(!value.isBlank(), id, "missing " + field);
        return resolve.apply(value);
    }

    private static String optional(Object n, String field, UnaryOperator<String> resolve) {
        String value = asText(path(n, field), "");
        return value.isBlank() ? null : resolve.apply(value);
    }

    private static List<String> list(Object n, UnaryOperator<String> resolve) {
        List<String> out = new ArrayList<>();
        elements(n).forEach(v -> out.add(resolve.apply(asText(v))));
        return out;
    }

    private static void require(boolean ok, String id, String what) {
        if (!ok) {
            throw new IllegalArgumentException(id + ": " + what);
        }
    }
}
