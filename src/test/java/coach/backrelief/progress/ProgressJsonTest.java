package coach.backrelief.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15.4: progress is written and read without databind, in exactly the form databind wrote
 * (records already stored in DynamoDB and in progress files stay readable, and read the same).
 * The reference is the Jackson mapper {@code ProgressJson} used before, configured as it was.
 */
class ProgressJsonTest {
    private static final ObjectMapper DATABIND = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final ProgressJson json = new ProgressJson();

    @Provide
    Arbitrary<UserProgress> records() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.of("QUICK", "GENTLE", "FULL", "basic"),
                Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(6));
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800_000L)
                .flatMap(ms -> Arbitraries.integers().between(0, 999_999).map(nanos -> Instant.ofEpochMilli(ms).plusNanos(nanos % 3 == 0 ? 0 : nanos)));
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(0, 60_000).map(LocalDate::ofEpochDay);
        Arbitrary<SavedRoutine> saved = Combinators.combine(ids, Arbitraries.integers().between(-2, 40),
                Arbitraries.integers().between(-1, 3), instants).as(SavedRoutine::new);
        Arbitrary<CompletedSession> session = Combinators.combine(dates, ids, Arbitraries.integers())
                .as(CompletedSession::new);
        Arbitrary<Integer> score = Arbitraries.integers().between(-3, 14).injectNull(0.3);
        Arbitrary<BackRating> rating = Combinators.combine(dates, score, score).as(BackRating::new);
        return Combinators.combine(Arbitraries.integers().between(1, 1), saved.injectNull(0.4),
                session.list().ofMaxSize(70), dates.injectNull(0.3), Arbitraries.integers().between(0, 400),
                ids.injectNull(0.4), instants.injectNull(0.4), instants.injectNull(0.4))
                .as((version, unfinished, history, start, best, preferred, disclaimer, screen) ->
                        (Later) (floorGuide, skipped, askedOn, ratings) ->
                                new UserProgress(version, unfinished, history, start, best, preferred, disclaimer, screen,
                                        floorGuide, skipped, askedOn, ratings))
                .flatMap(record -> Combinators.combine(instants.injectNull(0.4), ids.list().ofMaxSize(4).injectNull(0.4),
                                dates.injectNull(0.4), rating.list().ofMaxSize(45).injectNull(0.4))
                        .as(record::apply));
    }

    /** The components after the eighth. */
    private interface Later {
        UserProgress apply(Instant floorGuide, List<String> skipped, LocalDate askedOn, List<BackRating> ratings);
    }

    @Property(tries = 2_000)
    void writtenAsDatabindWroteItAndReadAsDatabindReadIt(@ForAll("records") UserProgress progress) throws Exception {
        String reference = DATABIND.writeValueAsString(progress);
        assertThat(json.write(progress)).isEqualTo(reference);
        assertThat(json.read(reference)).isEqualTo(progress).isEqualTo(DATABIND.readValue(reference, UserProgress.class));
        // the file store's form, as FileProgressStore wrote it with databind
        StoredProgress stored = new StoredProgress(progress, 7);
        var root = DATABIND.createObjectNode().put("version", 7);
        root.set("progress", DATABIND.readTree(reference));
        byte[] before;
        try {
            before = DATABIND.writeValueAsBytes(root);
        } catch (Exception e) {
            assertThatThrownBy(() -> json.writeFile(stored)).as("text UTF-8 cannot hold").isNotNull();
            return;
        }
        assertThat(new String(json.writeFile(stored), StandardCharsets.UTF_8)).isEqualTo(new String(before, StandardCharsets.UTF_8));
        assertThat(json.readFile(before)).isEqualTo(new StoredProgress(DATABIND.readValue(
                DATABIND.readTree(before).get("progress").toString(), UserProgress.class), 7));
    }

    @Test
    void aRecordWrittenBeforeReadsTheSame() throws Exception {
        // a file the databind version wrote, as it is on disk
        String before = "{\"version\":3,\"progress\":{\"schemaVersion\":1,\"unfinished\":{\"routineId\":\"QUICK\","
                + "\"stretchIndex\":1,\"side\":0,\"savedAt\":\"2026-11-30T08:00:00.250Z\"},\"history\":[{\"d\":\"2026-11-29\","
                + "\"r\":\"GENTLE\",\"s\":305}],\"streakStart\":\"2026-11-29\",\"bestStreak\":4,\"safetyScreenHeardAt\":"
                + "\"2026-11-30T07:59:00Z\",\"someFieldFromTheFuture\":[1,{\"x\":null}]}}";
        StoredProgress read = json.readFile(before.getBytes(StandardCharsets.UTF_8));
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.progress().unfinished()).isEqualTo(new SavedRoutine("QUICK", 1, 0, Instant.parse("2026-11-30T08:00:00.250Z")));
        assertThat(read.progress().history()).containsExactly(new CompletedSession(LocalDate.of(2026, 11, 29), "GENTLE", 305));
        assertThat(read.progress().bestStreak()).isEqualTo(4);
        assertThat(read.progress().preferredRoutine()).isNull();
    }

    @Test
    void damagedRecordsAreCorrupt() {
        for (String bad : new String[]{"", "[]", "null", "{\"schemaVersion\":2}", "{}", "{\"schemaVersion\":1,\"history\":[null]}",
            "{\"schemaVersion\":1,\"bestStreak\":\"four\"}", "{\"schemaVersion\":1,\"history\":[{\"d\":\"nope\",\"r\":\"Q\",\"s\":1}]}",
            "{\"schemaVersion\":1,\"unfinished\":{\"routineId\":\"Q\"}}", "{\"schemaVersion\":1"}) {
            assertThatThrownBy(() -> json.read(bad)).as(bad).isInstanceOf(CorruptProgressException.class);
        }
    }

    @Test
    void theFileStoreKeepsTheSameBytesOnDisk(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        FileProgressStore store = new FileProgressStore(dir);
        UserProgress p = UserProgress.empty().recordCompletion(LocalDate.of(2026, 11, 30), "QUICK", 240);
        store.save("amzn1.ask.account.X", p, 0);
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(file)).isEqualTo("{\"version\":1,\"progress\":" + DATABIND.writeValueAsString(p) + "}");
        assertThat(store.load("amzn1.ask.account.X")).contains(new StoredProgress(p, 1));
    }
}
