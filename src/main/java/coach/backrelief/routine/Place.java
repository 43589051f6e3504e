package coach.backrelief.routine;

/** Where a routine is done: on the floor, sitting in a chair, or lying in bed. */
public enum Place {
    FLOOR, CHAIR, BED
}
