package coach.backrelief.routine;

import java.util.List;

/** A named sequence of steps, for example the quick routine, done in one {@link Place}. */
public record Routine(String id, String name, String summary, Place place, List<Step> steps) {

    /** One stretch in a routine: held for {@code seconds}, or done {@code reps} times; {@code easier} uses the easier variant. */
    public record Step(String stretchId, int seconds, int reps, boolean easier) {
    }

    public Routine {
        steps = List.copyOf(steps);
    }
}
