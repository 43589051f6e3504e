package coach.backrelief.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SnapStart priming, measured in a fresh JVM (this one has loaded everything the other tests
 * needed): after {@code beforeCheckpoint} and {@code afterRestore}, a real first request loads at
 * most {@value #MAX_NEW_CLASSES} new classes.
 */
class PrimingTest {
    static final int MAX_NEW_CLASSES = 25;

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"step", "question"})
    void afterPrimingAFirstRequestLoadsFewNewClasses(String kind) throws Exception {
        Probe primed = probe(kind, "primed");
        assertThat(primed.response()).contains("\"outputSpeech\"");
        if (kind.equals("step")) {
            assertThat(primed.response()).contains("Alexa.Presentation.APLA.RenderDocument", "Alexa.Presentation.APL.RenderDocument");
        }
        assertThat(primed.newClasses()).as("classes loaded by the first request after priming").isLessThanOrEqualTo(MAX_NEW_CLASSES);
    }

    @Test
    void withoutPrimingTheFirstRequestLoadsHundreds() throws Exception {
        // shows that the probe measures something: the same request, unprimed
        assertThat(probe("step", "unprimed").newClasses()).isGreaterThan(300);
    }

    @Test
    void primingLeavesNoProgressFilesBehind() throws Exception {
        // routine completion and progress requests are among the priming requests: they save to a temporary store
        probe("question", "prime-only");
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void afterRestoreReseedsTheRandomSource() {
        FreshRandom random = new FreshRandom();
        Priming priming = new Priming((in, out, ctx) -> { }, random, null, null, false);
        long[] first = {random.nextLong(), random.nextLong()};
        priming.afterRestore(null);
        assertThat(new long[]{random.nextLong(), random.nextLong()}).isNotEqualTo(first);
    }

    record Probe(long newClasses, String response) {
    }

    /** Runs {@link PrimingProbe} in a child JVM with a throw-away home and progress directory. */
    private Probe probe(String kind, String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), PrimingProbe.class.getName(), kind, mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("PROGRESS_TABLE");
        builder.environment().remove("SKILL_ID");
        builder.environment().put("PROGRESS_DIR", home.resolve("progress").toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        Matcher count = Pattern.compile("NEW_CLASSES=(\\d+)").matcher(text);
        Matcher response = Pattern.compile("RESPONSE=(.*)").matcher(text);
        assertThat(count.find() && response.find()).as(text).isTrue();
        return new Probe(Long.parseLong(count.group(1)), response.group(1));
    }
}
