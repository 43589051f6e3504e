package coach.backrelief.lambda;

import coach.backrelief.progress.DynamoDbProgressStore;
import coach.backrelief.progress.FileProgressStore;
import coach.backrelief.progress.ProgressStore;
import coach.backrelief.progress.UserProgress;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Storage for priming, on dry paths that touch nobody's progress:
 * <ul>
 *   <li>{@link #withTemporaryStore}: the priming requests save and read through a file store in a
 *       new temporary directory, removed afterwards.</li>
 *   <li>{@link #dynamoDbDry} ({@code PROGRESS_TABLE} set, so on Lambda): a throw-away DynamoDB
 *       client with dummy credentials calls a closed loopback port, so each call fails at once
 *       after running its marshalling, signing and HTTP code. No real credentials are fetched and
 *       no connection is left open to be captured in the snapshot.</li>
 * </ul>
 * Any failure here is expected and ignored: priming must never stop the function from starting.
 */
final class StoragePriming {
    private static final String KEY = PrimingRequests.USER;

    private StoragePriming() {
    }

    /** Runs {@code body} with a file store in a new temporary directory, deleted afterwards. */
    static int withTemporaryStore(ToIntFunction<ProgressStore> body) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("brc-priming");
            return body.applyAsInt(new FileProgressStore(dir.resolve("progress")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    static void dynamoDbDry() {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofMillis(200)))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(Duration.ofSeconds(2)).build())
                .build()) {
            ProgressStore store = new DynamoDbProgressStore(client, "priming", Clock.systemUTC(),
                    DynamoDbProgressStore.DEFAULT_TTL);
            exercise(store);
        } catch (RuntimeException expected) {
            // the dry call fails by design
        }
    }

    /** Each call on its own: on the dry DynamoDB path every one fails, after running its marshalling. */
    private static void exercise(ProgressStore store) {
        attempt(() -> store.load(KEY));
        attempt(() -> store.save(KEY, UserProgress.empty(), 0));
        attempt(() -> store.load(KEY));
        attempt(() -> store.delete(KEY));
    }

    private static void attempt(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException expected) {
            // the DynamoDB dry path fails by design
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary directory left behind holds nothing personal
        }
    }
}
