package coach.backrelief.routine;

/** A place in a routine: the step (0-based) and the side within it (0 = first side). */
public record Position(int step, int side) {
    public static final Position START = new Position(0, 0);

    public static Position stepStart(int step) {
        return new Position(step, 0);
    }
}
