package coach.backrelief.local;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Speaks text through the {@code espeak-ng} command, when it is installed. */
final class Espeak {
    private final String voice;

    private Espeak(String voice) {
        this.voice = voice;
    }

    /** Null when espeak-ng cannot be run. */
    static Espeak find(String locale) {
        try {
            Process probe = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0
                    ? new Espeak(locale.toLowerCase(java.util.Locale.ROOT)) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Speaks and waits until done, as a device would before the next sound. */
    void say(String text) {
        try {
            Process p = new ProcessBuilder("espeak-ng", "-v", voice, "--", text)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // espeak-ng vanished mid-session: keep printing.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
