package coach.backrelief.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileProgressStoreTest {
    static final String USER = "amzn1.ask.account.SECRET-USER";
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void savesLoadsAndCountsVersionsInAFileNamedByHash() throws IOException {
        FileProgressStore store = new FileProgressStore(dir);
        assertThat(store.load(USER)).isEmpty();
        UserProgress p = UserProgress.empty().recordCompletion(DAY, "basic", 300);
        assertThat(store.save(USER, p, 0)).isEqualTo(1);
        assertThat(store.save(USER, p.withPreferredRoutine("basic"), 1)).isEqualTo(2);
        assertThat(store.load(USER)).contains(new StoredProgress(p.withPreferredRoutine("basic"), 2));

        Path record = dir.resolve(FileProgressStore.key(USER) + ".json");
        assertThat(record).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).allMatch(f -> !f.getFileName().toString().contains("SECRET"));
        }
        assertThat(Files.readString(record)).doesNotContain("SECRET").startsWith("{\"version\":2,");
    }

    @Test
    void createsItsDirectoryForItsOwnerOnly() throws IOException {
        Path nested = dir.resolve("home").resolve("progress");
        new FileProgressStore(nested).save(USER, UserProgress.empty(), 0);
        if (nested.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rwx------");
        }
        assertThat(new FileProgressStore(nested).load(USER)).isPresent();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        FileProgressStore store = new FileProgressStore(dir);
        UserProgress first = UserProgress.empty().withPreferredRoutine("a");
        store.save(USER, first, 0);
        assertThatThrownBy(() -> store.save(USER, UserProgress.empty(), 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.save(USER, UserProgress.empty(), 5)).isInstanceOf(ConflictException.class);
        assertThat(store.load(USER)).contains(new StoredProgress(first, 1));
    }

    @Test
    void forgetRemovesTheRecordAndAnOldReadCannotBringItBack() {
        FileProgressStore store = new FileProgressStore(dir);
        store.save(USER, UserProgress.empty().withPreferredRoutine("a"), 0);
        store.delete(USER);
        store.delete(USER);
        assertThat(store.load(USER)).isEmpty();
        assertThatThrownBy(() -> store.save(USER, UserProgress.empty(), 1)).isInstanceOf(ConflictException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(f -> f.getFileName().toString())
                    .containsExactly(FileProgressStore.key(USER) + ".lock");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCrashBetweenWriteAndRenameLeavesThePreviousRecord() {
        UserProgress before = UserProgress.empty().withPreferredRoutine("before");
        new FileProgressStore(dir).save(USER, before, 0);
        FileProgressStore crashing = new FileProgressStore(dir, temp -> {
            assertThat(temp).exists().hasParent(dir);
            throw new IOException("simulated crash before rename");
        });
        assertThatThrownBy(() -> crashing.save(USER, UserProgress.empty().withPreferredRoutine("after"), 1))
                .isInstanceOf(ProgressStoreException.class);
        assertThat(new FileProgressStore(dir).load(USER)).contains(new StoredProgress(before, 1));
    }

    @Test
    void aKilledWriterProcessLeavesThePreviousRecordAndAStrayTempThatIsCleanedUp() throws Exception {
        UserProgress before = UserProgress.empty().withPreferredRoutine("before");
        FileProgressStore store = new FileProgressStore(dir);
        store.save(USER, before, 0);

        Process crash = java("crash", dir.toString(), USER).start();
        assertThat(crash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(crash.exitValue()).isEqualTo(137);
        assertThat(temps()).as("the killed writer's temp file").hasSize(1);

        assertThat(store.load(USER)).contains(new StoredProgress(before, 1));
        store.save(USER, before.withPreferredRoutine("next"), 1);
        assertThat(temps()).isEmpty();
    }

    @Test
    void aCorruptFileIsMovedAsideAndReportedOnce() throws IOException {
        FileProgressStore store = new FileProgressStore(dir);
        Path record = dir.resolve(FileProgressStore.key(USER) + ".json");
        Files.createDirectories(dir);
        Files.writeString(record, "{\"version\":3,\"progress\":{\"schemaVersion\":1,\"hist");
        ProgressService service = new ProgressService(store);

        List<String> log = Warnings.during(() -> assertThat(service.read(USER).available()).isFalse());

        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("WARN", "moved aside").doesNotContain(USER).doesNotContain("\tat ");
        Path aside = dir.resolve(FileProgressStore.key(USER) + ".json.corrupt");
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).endsWith("\"hist");
        assertThat(service.read(USER)).isEqualTo(new ProgressRead(UserProgress.empty(), 0, true));
        assertThat(service.update(USER, p -> p.withPreferredRoutine("fresh"))).isPresent();
        assertThat(aside).exists();
    }

    @Test
    void concurrentThreadsLoseNoSavedUpdate() throws Exception {
        ProgressService service = new ProgressService(new FileProgressStore(dir));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<String>>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String prefix = "t" + t;
            writers.add(() -> FileStoreWriter.writeSessions(service, USER, prefix, 15));
        }
        List<String> saved = new ArrayList<>();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        log.addAll(Warnings.during(() -> {
            try {
                for (Future<List<String>> f : pool.invokeAll(writers)) {
                    saved.addAll(f.get());
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
        pool.shutdown();
        assertSavedExactly(saved, log.size());
    }

    @Test
    void twoProcessesWritingAtOnceLoseNoSavedUpdate() throws Exception {
        Process other = java("write", dir.toString(), USER, "proc", "30").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        ProgressService service = new ProgressService(new FileProgressStore(dir));
        other.getOutputStream().write('\n');
        other.getOutputStream().flush();
        List<String> saved = new ArrayList<>(FileStoreWriter.writeSessions(service, USER, "here", 30));
        String theirs = out.readLine();
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isZero();
        if (!theirs.isBlank()) {
            saved.addAll(Arrays.asList(theirs.split(",")));
        }
        assertThat(saved).anyMatch(id -> id.startsWith("proc")).anyMatch(id -> id.startsWith("here"));
        assertSavedExactly(saved, 0);
    }

    /** Every update reported saved is in the record, nothing else is, and most got through. */
    private void assertSavedExactly(List<String> saved, int warnings) {
        UserProgress last = new FileProgressStore(dir).load(USER).orElseThrow().progress();
        assertThat(last.history()).extracting(CompletedSession::routineId).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(saved.size()).as("saved, %d gave up after two conflicts", warnings).isGreaterThan(30);
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".tmp")).toList();
        }
    }

    private static ProcessBuilder java(String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath, FileStoreWriter.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
