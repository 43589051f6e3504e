package coach.backrelief.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DynamoDB store against a real DynamoDB API (dynalite). */
@ExtendWith(Dynalite.class)
class DynamoDbProgressStoreTest {
    static final String TABLE = "progress-test";
    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static DynamoDbClient client;

    @BeforeAll
    static void createTable(Dynalite.Server dynalite) {
        client = dynalite.client();
        client.createTable(b -> b.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("userId").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("userId").attributeType(ScalarAttributeType.S).build()));
        assertThat(client.waiter().waitUntilTableExists(b -> b.tableName(TABLE)).matched().response()
                .map(r -> r.table().tableStatus())).contains(TableStatus.ACTIVE);
    }

    static DynamoDbProgressStore store(Instant now) {
        return new DynamoDbProgressStore(client, TABLE, Clock.fixed(now, ZoneOffset.UTC), DynamoDbProgressStore.DEFAULT_TTL);
    }

    static Map<String, AttributeValue> item(String user) {
        return client.getItem(b -> b.tableName(TABLE).key(Map.of("userId", AttributeValue.fromS(user)))
                .consistentRead(true)).item();
    }

    @Test
    void savesReadsAndUpdatesWithVersionAndTtl() {
        String user = "amzn1.ask.account.create-read-update";
        DynamoDbProgressStore store = store(NOW);
        assertThat(store.load(user)).isEmpty();

        UserProgress first = UserProgress.empty().recordCompletion(DAY, "basic", 300);
        assertThat(store.save(user, first, 0)).isEqualTo(1);
        assertThat(store.load(user)).contains(new StoredProgress(first, 1));
        Map<String, AttributeValue> item = item(user);
        assertThat(item.get("version").n()).isEqualTo("1");
        assertThat(item.get("progress").s()).startsWith("{\"schemaVersion\":1,").contains("\"d\":\"2026-11-30\"");
        assertThat(Long.parseLong(item.get("ttl").n())).isEqualTo(NOW.plus(Duration.ofDays(400)).getEpochSecond());

        Instant later = NOW.plus(Duration.ofDays(3));
        UserProgress second = first.recordCompletion(DAY.plusDays(3), "basic", 280);
        assertThat(store(later).save(user, second, 1)).isEqualTo(2);
        assertThat(store.load(user)).contains(new StoredProgress(second, 2));
        assertThat(Long.parseLong(item(user).get("ttl").n())).as("ttl refreshed on each save")
                .isEqualTo(later.plus(Duration.ofDays(400)).getEpochSecond());
    }

    @Test
    void aSaveOnAStaleVersionIsAConflictAndChangesNothing() {
        String user = "amzn1.ask.account.conflict";
        DynamoDbProgressStore store = store(NOW);
        UserProgress saved = UserProgress.empty().withPreferredRoutine("basic");
        store.save(user, saved, 0);
        store.save(user, saved.withPreferredRoutine("gentle"), 1);

        assertThatThrownBy(() -> store.save(user, UserProgress.empty(), 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.save(user, UserProgress.empty(), 1)).isInstanceOf(ConflictException.class);
        assertThat(store.load(user)).contains(new StoredProgress(saved.withPreferredRoutine("gentle"), 2));
    }

    @Test
    void twoRequestsAtOnceAreMergedNotOverwritten() {
        String user = "amzn1.ask.account.merge";
        ProgressService service = new ProgressService(store(NOW));
        service.update(user, p -> p.recordCompletion(DAY, "first", 100));
        ProgressRead echo = service.read(user);
        ProgressRead phone = service.read(user);

        service.update(user, phone, p -> p.recordCompletion(DAY, "on-phone", 200));
        service.update(user, echo, p -> p.recordCompletion(DAY, "on-echo", 300));

        ProgressRead now = service.read(user);
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.progress().history()).extracting(CompletedSession::routineId)
                .containsExactlyInAnyOrder("first", "on-phone", "on-echo");
    }

    @Test
    void deleteRemovesTheItemAndAnOldReadCannotRecreateIt() {
        String user = "amzn1.ask.account.forget";
        ProgressService service = new ProgressService(store(NOW));
        service.update(user, p -> p.withPreferredRoutine("basic"));
        ProgressRead before = service.read(user);

        assertThat(service.forget(user)).isTrue();
        assertThat(item(user)).isEmpty();
        assertThatThrownBy(() -> store(NOW).save(user, before.progress(), before.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(service.forget(user)).as("forgetting nothing is fine").isTrue();
    }

    @Test
    void aCorruptItemIsReportedOnceAndLeftAsItIs() {
        String user = "amzn1.ask.account.corrupt";
        Map<String, AttributeValue> bad = Map.of("userId", AttributeValue.fromS(user),
                "progress", AttributeValue.fromS("{\"schemaVersion\":1,\"history\":[{\"d\":"),
                "version", AttributeValue.fromN("4"));
        client.putItem(b -> b.tableName(TABLE).item(bad));
        ProgressService service = new ProgressService(store(NOW));

        List<String> log = Warnings.during(() -> {
            assertThat(service.update(user, p -> p.withPreferredRoutine("x"))).isEmpty();
        });

        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("WARN", "unreadable").doesNotContain(user);
        assertThat(item(user)).isEqualTo(bad);
        assertThat(service.forget(user)).isTrue();
        assertThat(item(user)).isEmpty();
    }

    @Test
    void theEnvironmentChoosesDynamoDbWhenATableIsNamed(Dynalite.Server dynalite) {
        String user = "amzn1.ask.account.from-environment";
        System.setProperty("aws.accessKeyId", "fake");
        System.setProperty("aws.secretAccessKey", "fake");
        try {
            ProgressStore store = ProgressStores.fromEnvironment(Map.of("PROGRESS_TABLE", TABLE,
                    "AWS_REGION", "us-east-1", "DYNAMODB_ENDPOINT", dynalite.endpoint().toString()), Clock.systemUTC());
            assertThat(store).isInstanceOf(DynamoDbProgressStore.class);
            store.save(user, UserProgress.empty(), 0);
            assertThat(store.load(user)).contains(new StoredProgress(UserProgress.empty(), 1));
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
