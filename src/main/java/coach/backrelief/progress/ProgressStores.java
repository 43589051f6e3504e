package coach.backrelief.progress;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
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
 * The DynamoDB client is built here, once, so SnapStart snapshots it warm.
 *
 * <p><b>Timeouts, for Alexa's 8 seconds.</b> A store that is down may add at most
 * {@value #CALL_MILLIS} ms to a request (the skill reads once per request and writes nothing over
 * a failed read, so one call is all a request spends on a dead store): {@value #ATTEMPT_MILLIS} ms an
 * attempt (connect and read timeouts of the HTTP client the same), at most {@value #MAX_ATTEMPTS}
 * attempts (one retry) after a jittered pause of at most {@value #BACKOFF_MAX_MILLIS} ms, and
 * {@value #CALL_MILLIS} ms for the whole call. An in-region GetItem or PutItem takes a few
 * milliseconds, so 100 ms is slack for a healthy table. The first call of an instance (after a
 * cold start or a SnapStart restore) also fetches credentials and does the TLS handshake, tens of
 * milliseconds in-region; priming runs the client's own code but not that (it calls no real
 * table), so should it not fit, that one request hears "can't reach your progress" and the next
 * finds the connection open. The HTTP client's read timeout is the call's, a backstop only:
 * the SDK aborts an attempt itself at {@value #ATTEMPT_MILLIS} ms.
 */
public final class ProgressStores {
    static final int ATTEMPT_MILLIS = 100;
    static final int CALL_MILLIS = 220;
    static final int MAX_ATTEMPTS = 2;
    static final int BACKOFF_BASE_MILLIS = 10;
    static final int BACKOFF_MAX_MILLIS = 40;

    private ProgressStores() {
    }

    public static ProgressStore fromEnvironment(Clock clock) {
        return fromEnvironment(System.getenv(), clock);
    }

    static ProgressStore fromEnvironment(Map<String, String> env, Clock clock) {
        String table = blankToNull(env.get("PROGRESS_TABLE"));
        if (table != null) {
            // the client is built on first use: a request that never touches progress never builds it
            return new DynamoDbProgressStore(() -> dynamoDb(env), table, clock, DynamoDbProgressStore.DEFAULT_TTL);
        }
        String dir = blankToNull(env.get("PROGRESS_DIR"));
        return new FileProgressStore(dir != null ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".back-relief-coach", "progress"));
    }

    /** A client on the JDK's URL-connection HTTP client, configured from the environment. */
    static DynamoDbClient dynamoDb(Map<String, String> env) {
        // The default chain, not the environment provider: with SnapStart, Lambda gives credentials
        // through the container endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI), not AWS_ACCESS_KEY_ID.
        Duration attempt = Duration.ofMillis(ATTEMPT_MILLIS);
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(
                Duration.ofMillis(BACKOFF_BASE_MILLIS), Duration.ofMillis(BACKOFF_MAX_MILLIS));
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(attempt)
                        .socketTimeout(Duration.ofMillis(CALL_MILLIS)))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(attempt)
                        .apiCallTimeout(Duration.ofMillis(CALL_MILLIS))
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS)
                                .backoffStrategy(backoff)
                                .throttlingBackoffStrategy(backoff)
                                .build())
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
