package coach.backrelief.local;

import coach.backrelief.lambda.BackReliefStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind {@code bin/invoke}'s AppCDS archive ({@code -XX:ArchiveClassesAtExit}):
 * the SnapStart priming requests through the Lambda handler, then one {@code invoke} of the
 * envelope file given as the argument, so the archive holds the classes of every request path and
 * of the {@code invoke} command itself. Its output is not meant to be read.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        new BackReliefStreamHandler().priming().prime();
        byte[] envelope = args.length > 0 ? Files.readAllBytes(Path.of(args[0]))
                : "{}".getBytes(StandardCharsets.UTF_8);
        System.setIn(new ByteArrayInputStream(envelope));
        Main.main(new String[]{"invoke"});
    }
}
