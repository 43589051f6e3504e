package coach.backrelief.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * The tests' check of the fast JSON path against the SDK: on with the system property
 * {@code brc.json.crosscheck=true} (surefire sets it); with {@code brc.json.crosscheck.report=<file>}
 * each side appends its counts to that file when the JVM exits.
 */
final class CrossCheck {
    static final boolean ON = Boolean.getBoolean("brc.json.crosscheck");

    private CrossCheck() {
    }

    /** Appends {@code line} to the report file at exit, when checking is on and a report is asked for. */
    static void reportAtExit(Supplier<String> line) {
        String report = System.getProperty("brc.json.crosscheck.report");
        if (!ON || report == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(Path.of(report), line.get() + System.lineSeparator(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("cross-check report not written: " + e.getMessage());
            }
        }));
    }
}
