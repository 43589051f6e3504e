package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;

/**
 * How long speech takes in one language. Alexa's text-to-speech has no duration API, so spoken
 * time is estimated from words with one rate per language, from content ({@code speech.wordsPerSecond}
 * in the locale's messages: English 2.4, about 145 words a minute at the calm rate the routines use,
 * prosody 90%). Only the SSML rendering depends on it for timing; APL for Audio places cues at exact
 * offsets.
 *
 * @param wordsPerSecond words a second at the routine's speaking rate
 */
public record Pace(double wordsPerSecond) {
    /** The prosody rate used for routine speech: a little below default, calm. */
    public static final String RATE = "90%";

    public Pace {
        if (!(wordsPerSecond > 0.5 && wordsPerSecond < 10)) {
            throw new IllegalArgumentException("words per second out of range: " + wordsPerSecond);
        }
    }

    /** The pace of the locale's speech. */
    public static Pace of(Content content) {
        return new Pace(content.wordsPerSecond());
    }

    public long speechMillis(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = text.strip().split("\\s+").length;
        return Math.round(words / wordsPerSecond * 1000);
    }
}
