package coach.backrelief.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10.7: 16 writers at once on one user's progress lose no update. Each writer records
 * {@value #EACH} finished sessions, "w{writer}" lasting {@code n} seconds, all released together
 * by one latch, {@value #ROUNDS} times. By hand: 16 × 3 = 48 sessions a round (the history keeps
 * 60), every (writer, n) pair exactly once, and the stored version 48, one save per session.
 *
 * <p>On DynamoDB each writer has its own client and store, as 16 Lambda instances would; on the
 * file store they share the store instance, as request threads in one process do.
 */
@ExtendWith(Dynalite.class)
class ConcurrentProgressTest {
    static final int WRITERS = 16;
    static final int EACH = 3;
    static final int ROUNDS = 3;
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void sixteenWritersOnTheFileStoreLoseNoUpdate() throws Exception {
        Path dir = Files.createTempDirectory("brc-concurrent");
        FileProgressStore shared = new FileProgressStore(dir);
        for (int round = 0; round < ROUNDS; round++) {
            String user = "amzn1.ask.account.file-" + round;
            assertNoLostUpdate(user, writer -> shared, shared);
        }
    }

    @Test
    void sixteenWritersOnDynamoDbLoseNoUpdate(Dynalite.Server dynalite) throws Exception {
        String table = "progress-concurrent";
        DynamoDbClient admin = dynalite.client();
        admin.createTable(b -> b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("userId").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("userId").attributeType(ScalarAttributeType.S).build()));
        admin.waiter().waitUntilTableExists(b -> b.tableName(table));
        List<DynamoDbClient> clients = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            clients.add(dynalite.client());
        }
        IntFunction<ProgressStore> instance = writer -> new DynamoDbProgressStore(clients.get(writer), table,
                Clock.systemUTC(), DynamoDbProgressStore.DEFAULT_TTL);
        for (int round = 0; round < ROUNDS; round++) {
            assertNoLostUpdate("amzn1.ask.account.dynamo-" + round, instance, instance.apply(0));
        }
        clients.forEach(DynamoDbClient::close);
        admin.close();
    }

    private static void assertNoLostUpdate(String user, IntFunction<ProgressStore> storeOf, ProgressStore reader)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> saved = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                String routine = "w" + w;
                // a generous conflict budget: this measures lost updates, not the 1 s budget (on a loaded
                // two-core machine sixteen writers on one record can need longer than that to all land)
                ProgressService service = new ProgressService(storeOf.apply(w), 10_000);
                Callable<Integer> writer = () -> {
                    start.await();
                    int ok = 0;
                    for (int n = 1; n <= EACH; n++) {
                        int seconds = n;
                        Optional<UserProgress> result = service.update(user, p -> p.recordCompletion(DAY, routine, seconds));
                        ok += result.isPresent() ? 1 : 0;
                    }
                    return ok;
                };
                saved.add(pool.submit(writer));
            }
            start.countDown();
            int reported = 0;
            for (Future<Integer> f : saved) {
                reported += f.get();
            }
            assertThat(reported).as("every update reported saved").isEqualTo(WRITERS * EACH);
        } finally {
            pool.shutdownNow();
        }
        StoredProgress stored = reader.load(user).orElseThrow();
        List<String> expected = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            for (int n = 1; n <= EACH; n++) {
                expected.add("w" + w + "/" + n);
            }
        }
        assertThat(stored.progress().history()).extracting(s -> s.routineId() + "/" + s.seconds())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stored.version()).isEqualTo(48);
    }
}
