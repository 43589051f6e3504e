package coach.backrelief.local;

import java.io.PrintStream;
import java.util.List;

/**
 * Plays segments on the terminal: words printed (and spoken through espeak-ng with {@code --speak}),
 * pauses shown as "(pause 10 s)"; with {@code --realtime} it really waits, counting down the seconds
 * of long silences.
 */
final class Voice {
    private static final long COUNTDOWN_FROM_MS = 3000;

    /** Waits; replaced in tests. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final PrintStream out;
    private final boolean realtime;
    private final Sleeper sleeper;
    private final Espeak espeak;

    Voice(PrintStream out, boolean realtime, Sleeper sleeper, Espeak espeak) {
        this.out = out;
        this.realtime = realtime;
        this.sleeper = sleeper;
        this.espeak = espeak;
    }

    /** Plays the segments after {@code label} ("Alexa: "), on one line. */
    void play(String label, List<Segment> segments) {
        out.print(label);
        boolean first = true;
        for (Segment segment : segments) {
            out.print(first ? "" : " ");
            first = false;
            if (segment instanceof Segment.Words words) {
                out.print(words.text());
                out.flush();
                if (espeak != null) {
                    espeak.say(words.text());
                }
            } else if (segment instanceof Segment.Pause pause) {
                out.print(pause.label());
                out.flush();
                if (realtime) {
                    waitThrough(pause.millis());
                }
            }
        }
        out.println();
    }

    private void waitThrough(long millis) {
        try {
            if (millis < COUNTDOWN_FROM_MS) {
                sleeper.sleep(millis);
                return;
            }
            long remaining = millis;
            while (remaining > 0) {
                long step = remaining % 1000 == 0 ? 1000 : remaining % 1000;
                out.print(" " + (remaining + 999) / 1000);
                out.flush();
                sleeper.sleep(step);
                remaining -= step;
            }
            out.print(" …");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
