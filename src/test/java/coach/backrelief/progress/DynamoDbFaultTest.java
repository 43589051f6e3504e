package coach.backrelief.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * DynamoDB faults never break a conversation: each becomes "not available this time" with one WARN
 * line (kind of fault only: no user id, no stack trace), and nothing stored is written over.
 */
class DynamoDbFaultTest {
    static final String USER = "amzn1.ask.account.SECRET-USER";

    final DynamoDbClient client = mock(DynamoDbClient.class);
    final ProgressService service = new ProgressService(
            new DynamoDbProgressStore(client, "t", Clock.systemUTC(), Duration.ofDays(400)));

    static Stream<SdkException> faults() {
        return Stream.of(
                (SdkException) ProvisionedThroughputExceededException.builder()
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                        .message("Rate of requests exceeds the allowed throughput for " + USER).build(),
                RequestLimitExceededException.builder().message("throttled").build(),
                ResourceNotFoundException.builder().message("Requested resource not found").build(),
                SdkClientException.create("Unable to execute HTTP request: Connection refused"),
                ApiCallTimeoutException.create(2000),
                ApiCallAttemptTimeoutException.create(800));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void aFailedReadIsUnavailableAndNothingIsWritten(SdkException fault) {
        when(client.getItem(any(GetItemRequest.class))).thenThrow(fault);
        List<String> log = Warnings.during(() -> {
            assertThat(service.read(USER).available()).isFalse();
            assertThat(service.update(USER, p -> p.withPreferredRoutine("x"))).isEmpty();
        });
        assertThat(log).hasSize(2).allSatisfy(DynamoDbFaultTest::isOneQuietWarning);
        verify(client, never()).putItem(any(PutItemRequest.class));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void aFailedSaveIsReportedOnce(SdkException fault) {
        when(client.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder().build());
        when(client.putItem(any(PutItemRequest.class))).thenThrow(fault);
        List<String> log = Warnings.during(() ->
                assertThat(service.update(USER, p -> p.withPreferredRoutine("x"))).isEmpty());
        assertThat(log).hasSize(1).allSatisfy(DynamoDbFaultTest::isOneQuietWarning);
        assertThat(log.get(0)).contains("progress not saved this time: DynamoDB save failed");
    }

    @ParameterizedTest
    @MethodSource("faults")
    void aFailedForgetIsReportedOnce(SdkException fault) {
        when(client.deleteItem(any(DeleteItemRequest.class))).thenThrow(fault);
        List<String> log = Warnings.during(() -> assertThat(service.forget(USER)).isFalse());
        assertThat(log).hasSize(1).allSatisfy(DynamoDbFaultTest::isOneQuietWarning);
    }

    @Test
    void anItemWithoutAVersionIsCorruptAndLeftAlone() {
        when(client.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder()
                .item(Map.of("userId", AttributeValue.fromS(USER), "progress", AttributeValue.fromS("{}"))).build());
        List<String> log = Warnings.during(() ->
                assertThat(service.update(USER, p -> p.withPreferredRoutine("x"))).isEmpty());
        assertThat(log).hasSize(1).allSatisfy(DynamoDbFaultTest::isOneQuietWarning);
        verify(client, never()).putItem(any(PutItemRequest.class));
    }

    @Test
    void anUnreachableTableFailsFastThroughTheRealClient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertUnavailableWithin(closedPort, Duration.ofMillis(ProgressStores.CALL_MILLIS + 1000));
    }

    @Test
    void aTableThatNeverAnswersTimesOutWellBeforeAlexaGivesUp() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepter = new Thread(() -> {
                try {
                    while (true) {
                        Socket ignored = silent.accept();   // accept, never answer
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            assertUnavailableWithin(silent.getLocalPort(), Duration.ofMillis(ProgressStores.CALL_MILLIS + 1000));
        }
    }

    private static void assertUnavailableWithin(int port, Duration limit) {
        System.setProperty("aws.accessKeyId", "fake");
        System.setProperty("aws.secretAccessKey", "fake");
        try {
            ProgressStore store = ProgressStores.fromEnvironment(Map.of("PROGRESS_TABLE", "t", "AWS_REGION", "us-east-1",
                    "DYNAMODB_ENDPOINT", "http://127.0.0.1:" + port), Clock.systemUTC());
            ProgressService service = new ProgressService(store);
            Instant start = Instant.now();
            List<String> log = Warnings.during(() -> assertThat(service.read(USER).available()).isFalse());
            assertThat(Duration.between(start, Instant.now())).isLessThan(limit);
            assertThat(log).hasSize(1).allSatisfy(DynamoDbFaultTest::isOneQuietWarning);
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    private static void isOneQuietWarning(String line) {
        assertThat(line).contains("WARN", "progress not").doesNotContain(USER).doesNotContain("\tat ")
                .doesNotContain("Exception:");
    }

    @Test
    void theClientIsBuiltOnFirstUseOnceOrWhenPrimingPreparesIt() {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        DynamoDbProgressStore store = new DynamoDbProgressStore(() -> {
            built.incrementAndGet();
            return mock(DynamoDbClient.class);
        }, "t", Clock.systemUTC(), Duration.ofDays(400));
        assertThat(built).hasValue(0);
        store.prepare();
        store.prepare();
        assertThat(built).hasValue(1);
    }
}
