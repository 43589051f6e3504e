package coach.backrelief.progress;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Chooses the store from configuration, once, at start-up:
 * <ul>
 *   <li>{@code PROGRESS_TABLE} set: {@link DynamoDbProgressStore} on that table. Region from
 *       {@code AWS_REGION} (Lambda sets it); {@code DYNAMODB_ENDPOINT} overrides the endpoint
 *       (tests, a local engine).</li>
 *   <li>otherwise: {@link FileProgressStore} in {@code PROGRESS_DIR}, else
 *       {@code ~/.back-relief-coach/progress}.</li>
 * </ul>
 * The DynamoDB client is built here, once, so SnapStart snapshots it warm. Its timeouts keep a slow
 * table well inside Alexa's 8 seconds: {@value #ATTEMPT_MILLIS} ms an attempt, {@value #CALL_MILLIS} ms
 * a call including the SDK's retries.
 */
public final class ProgressStores {
    static final int ATTEMPT_MILLIS = 800;
    static final int CALL_MILLIS = 2000;

    private ProgressStores() {
    }

    public static ProgressStore fromEnvironment(Clock clock) {
        return fromEnvironment(System.getenv(), clock);
    }

    static ProgressStore fromEnvironment(Map<String, String> env, Clock clock) {
        String table = blankToNull(env.get("PROGRESS_TABLE"));
        if (table != null) {
            return new DynamoDbProgressStore(dynamoDb(env), table, clock, DynamoDbProgressStore.DEFAULT_TTL);
        }
        String dir = blankToNull(env.get("PROGRESS_DIR"));
        return new FileProgressStore(dir != null ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".back-relief-coach", "progress"));
    }

    /** A client on the JDK's URL-connection HTTP client, configured from the environment. */
    static DynamoDbClient dynamoDb(Map<String, String> env) {
        // The default chain, not the environment provider: with SnapStart, Lambda gives credentials
        // through the container endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI), not AWS_ACCESS_KEY_ID.
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofMillis(ATTEMPT_MILLIS))
                        .apiCallTimeout(Duration.ofMillis(CALL_MILLIS))
                        .build());
        String region = blankToNull(env.get("AWS_REGION"));
        if (region != null) {
            builder.region(Region.of(region));
        }
        String endpoint = blankToNull(env.get("DYNAMODB_ENDPOINT"));
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
