package coach.backrelief.progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A second process for {@link FileProgressStoreTest}.
 * {@code write <dir> <user> <prefix> <count>} prints "ready", waits for a line on stdin (so both
 * processes start writing at once), records {@code count} sessions through a ProgressService and
 * prints the ids that were saved. {@code crash <dir> <user>} halts the JVM after writing the
 * temp file, before the rename.
 */
public final class FileStoreWriter {
    private FileStoreWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        String user = args[2];
        if (args[0].equals("crash")) {
            FileProgressStore store = new FileProgressStore(dir, temp -> Runtime.getRuntime().halt(137));
            new ProgressService(store).update(user, p -> p.withPreferredRoutine("never-renamed"));
            return;
        }
        ProgressService service = new ProgressService(new FileProgressStore(dir));
        System.out.println("ready");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.out.println(String.join(",", writeSessions(service, user, args[3], Integer.parseInt(args[4]))));
    }

    /** Records sessions {@code <prefix>-0…} one update each; returns the ids that were saved. */
    static List<String> writeSessions(ProgressService service, String user, String prefix, int count) {
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            if (service.update(user, p -> p.recordCompletion(LocalDate.of(2026, 11, 30), id, 60)).isPresent()) {
                saved.add(id);
            }
        }
        return saved;
    }
}
