package coach.backrelief.routine;

import java.util.List;

/**
 * One stretch and its words in one locale.
 *
 * @param sides           setup for each side (two for one-sided stretches done left and right, one for a
 *                        single hold, empty for movement stretches that use {@code how})
 * @param start           the cue that opens the timed part ({@code [seconds]} or {@code [reps]} filled in)
 * @param alternate       for {@link Kind#ALTERNATE}: the cues spoken in turn, every {@code alternateSeconds}
 * @param reps            for {@link Kind#REPS}: the cues of one repetition, at offsets within it
 * @param again           the short cue used instead of full instructions once the stretch was done this session
 */
public record Stretch(String id, String name, Kind kind, String position, List<String> sides, String how,
                      String start, List<String> alternate, double alternateSeconds, List<RepCue> reps,
                      double repSeconds, String release, String again, String caution, String easier) {

    /** How the timed part of a stretch runs. */
    public enum Kind {
        /** A still hold with spoken time cues, once or once per side. */
        HOLD,
        /** Slow alternating movement for a time (cat-cow). */
        ALTERNATE,
        /** Counted repetitions at a set pace (pelvic tilts, bridge). */
        REPS
    }

    /** One cue within a repetition, at {@code atSeconds} from the start of the repetition. */
    public record RepCue(double atSeconds, String text) {
    }

    public Stretch {
        sides = List.copyOf(sides);
        alternate = List.copyOf(alternate);
        reps = List.copyOf(reps);
    }

    /** What the user does, in full: the setup of every side for a hold, else the movement. */
    public String movement() {
        return kind == Kind.HOLD ? String.join(" ", sides) : how;
    }

    /** Number of sides the hold is done on (1 for everything but left-and-right holds). */
    public int sideCount() {
        return kind == Kind.HOLD ? Math.max(1, sides.size()) : 1;
    }
}
