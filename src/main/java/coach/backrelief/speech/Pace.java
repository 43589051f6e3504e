package coach.backrelief.speech;

/**
 * How long speech takes. Alexa's text-to-speech has no duration API, so spoken time is estimated
 * from words with one constant, measured for the calm rate the routines use (prosody 90%).
 * Only the SSML rendering depends on it for timing; APL for Audio places cues at exact offsets.
 */
public final class Pace {
    /** Words per second at the routine's speaking rate (about 145 words a minute). */
    public static final double WORDS_PER_SECOND = 2.4;
    /** The prosody rate used for routine speech: a little below default, calm. */
    public static final String RATE = "90%";

    private Pace() {
    }

    public static long speechMillis(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = text.strip().split("\\s+").length;
        return Math.round(words / WORDS_PER_SECOND * 1000);
    }
}
