package coach.backrelief.local;

/** One piece of what Alexa plays, in order: words, or silence. */
sealed interface Segment {

    /** Words spoken (plain text). */
    record Words(String text) implements Segment {
    }

    /** Silence of {@code millis} milliseconds. */
    record Pause(long millis) implements Segment {
        /** "(pause 10 s)", "(pause 0.5 s)". */
        String label() {
            return millis % 1000 == 0 ? "(pause " + millis / 1000 + " s)"
                    : String.format(java.util.Locale.ROOT, "(pause %.1f s)", millis / 1000.0);
        }
    }
}
