package coach.backrelief.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stretches and routines of one locale. */
public final class RoutineCatalog {
    private final Map<String, Stretch> stretches;
    private final Map<String, Routine> routines;
    private final List<String> stretchOrder;
    private final String defaultRoutine;

    public RoutineCatalog(Map<String, Stretch> stretches, Map<String, Routine> routines, String defaultRoutine) {
        this.stretches = Map.copyOf(stretches);
        this.routines = Map.copyOf(routines);
        this.stretchOrder = stretches.keySet().stream().sorted().toList();
        this.defaultRoutine = defaultRoutine;
        if (!routines.containsKey(defaultRoutine)) {
            throw new IllegalArgumentException("default routine " + defaultRoutine + " is not defined");
        }
        for (Routine routine : routines.values()) {
            for (Routine.Step step : routine.steps()) {
                if (!stretches.containsKey(step.stretchId())) {
                    throw new IllegalArgumentException(routine.id() + " uses unknown stretch " + step.stretchId());
                }
            }
        }
    }

    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(id).map(routines::get);
    }

    public Routine defaultRoutine() {
        return routines.get(defaultRoutine);
    }

    /** Routines in a stable order for listing: the floor ones, then chair, then bed; by id within a place. */
    public List<Routine> routines() {
        List<Routine> all = new ArrayList<>(routines.values());
        all.sort(java.util.Comparator.comparing(Routine::place).thenComparing(Routine::id));
        return all;
    }

    /** The routines done in {@code place}, in listing order. */
    public List<Routine> routinesIn(Place place) {
        return routines().stream().filter(r -> r.place() == place).toList();
    }

    public Stretch stretch(String id) {
        Stretch stretch = stretches.get(id);
        if (stretch == null) {
            throw new IllegalArgumentException("unknown stretch " + id);
        }
        return stretch;
    }

    /** Every stretch id, in a stable order. */
    public List<String> stretchIds() {
        return stretchOrder;
    }

    /** A stable small number for a stretch, used to remember which stretches were explained this session. */
    public int stretchIndex(String id) {
        return stretchOrder.indexOf(id);
    }
}
