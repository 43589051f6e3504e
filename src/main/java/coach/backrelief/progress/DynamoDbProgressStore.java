package coach.backrelief.progress;

import coach.backrelief.faults.Faults;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Progress in a DynamoDB table with the plain {@link DynamoDbClient} (no enhanced client: less to
 * load at cold start). One item per user:
 * <pre>
 *   userId   S  partition key, the Alexa user id
 *   progress S  the record as compact JSON ({@link ProgressJson})
 *   version  N  optimistic-locking version, 1 after the first save
 *   ttl      N  epoch seconds when DynamoDB may expire an abandoned record; refreshed on every save
 * </pre>
 * Saves are {@code PutItem} with a condition: {@code attribute_not_exists(userId)} for a first
 * save, {@code version = :expected} after that. (Not the two OR-ed: a record deleted by "forget"
 * while another request was running would be re-created from the old read.) Reads are strongly
 * consistent, so a save right after the previous turn's save does not conflict needlessly.
 *
 * <p><b>Corrupt records</b> are left in place untouched, reported as {@link CorruptProgressException};
 * since {@link ProgressService} never saves over a failed read, that user's progress is simply not
 * available until the item is fixed or the user says "forget my progress" (delete is unconditional).
 */
public final class DynamoDbProgressStore implements ProgressStore {
    /** How long an untouched record lives: a little over a year. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(400);
    /** The partition key attribute (template.yaml must agree). */
    public static final String KEY_ATTRIBUTE = "userId";
    /** The expiry attribute, epoch seconds (template.yaml's TimeToLiveSpecification must agree). */
    public static final String TTL_ATTRIBUTE = "ttl";

    private final Supplier<DynamoDbClient> clients;
    private final String table;
    private final Clock clock;
    private final Duration ttl;
    private final ProgressJson json = new ProgressJson();

    public DynamoDbProgressStore(DynamoDbClient client, String table, Clock clock, Duration ttl) {
        this(() -> client, table, clock, ttl);
    }

    /**
     * With the client built on first use (once, whichever thread asks first), so a process that never
     * touches progress never builds it; {@code ProgressStores.fromEnvironment} uses this.
     */
    public DynamoDbProgressStore(Supplier<DynamoDbClient> client, String table, Clock clock, Duration ttl) {
        this.clients = once(client);
        this.table = table;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Optional<StoredProgress> load(String userId) {
        GetItemRequest request = GetItemRequest.builder()
                .tableName(table).key(key(userId)).consistentRead(true).build();
        GetItemResponse response = call("read", () -> clients.get().getItem(request));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue progress = item.get("progress");
        AttributeValue version = item.get("version");
        if (progress == null || progress.s() == null || version == null || version.n() == null) {
            throw new CorruptProgressException("progress item without progress or version; left as it is", null);
        }
        try {
            return Optional.of(new StoredProgress(json.read(progress.s()), Long.parseLong(version.n())));
        } catch (NumberFormatException e) {
            throw new CorruptProgressException("progress item with a bad version; left as it is", e);
        }
    }

    @Override
    public long save(String userId, UserProgress progress, long expectedVersion) {
        long next = expectedVersion + 1;
        Map<String, AttributeValue> item = Map.of(
                KEY_ATTRIBUTE, s(userId),
                "progress", s(json.write(progress)),
                "version", n(next),
                TTL_ATTRIBUTE, n(clock.instant().plus(ttl).getEpochSecond()));
        PutItemRequest.Builder request = PutItemRequest.builder().tableName(table).item(item);
        if (expectedVersion == 0) {
            request.conditionExpression("attribute_not_exists(userId)");
        } else {
            request.conditionExpression("version = :expected")
                    .expressionAttributeValues(Map.of(":expected", n(expectedVersion)));
        }
        try {
            call("save", () -> clients.get().putItem(request.build()));
        } catch (ProgressStoreException e) {
            if (e.getCause() instanceof ConditionalCheckFailedException) {
                throw new ConflictException(expectedVersion);
            }
            throw e;
        }
        return next;
    }

    @Override
    public void delete(String userId) {
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(table).key(key(userId)).build();
        call("delete", () -> clients.get().deleteItem(request));
    }

    @Override
    public void prepare() {
        clients.get();
    }

    private static Supplier<DynamoDbClient> once(Supplier<DynamoDbClient> make) {
        return new Supplier<>() {
            private volatile DynamoDbClient built;

            @Override
            public DynamoDbClient get() {
                DynamoDbClient c = built;
                if (c == null) {
                    synchronized (this) {
                        c = built;
                        if (c == null) {
                            c = make.get();
                            built = c;
                        }
                    }
                }
                return c;
            }
        };
    }

    private interface Call<T> {
        T run();
    }

    /** Runs one SDK call, turning any SDK fault into a ProgressStoreException naming only its kind. */
    private static <T> T call(String operation, Call<T> call) {
        try {
            return call.run();
        } catch (SdkException e) {
            throw new ProgressStoreException("DynamoDB " + operation + " failed: " + Faults.describe(e), e);
        }
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(KEY_ATTRIBUTE, s(userId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
