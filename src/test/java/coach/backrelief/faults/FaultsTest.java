package coach.backrelief.faults;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines say what kind of fault happened, in words, never naming an exception class. */
class FaultsTest {
    @Test
    void timeoutsConnectionsAndServiceRefusalsAreSaidPlainly() {
        assertThat(Faults.describe(ApiCallAttemptTimeoutException.create(100))).isEqualTo("timed out");
        assertThat(Faults.describe(SdkClientException.create("x", new SocketTimeoutException("read")))).isEqualTo("timed out");
        assertThat(Faults.describe(SdkClientException.create("Unable to execute HTTP request",
                new ConnectException("Connection refused")))).isEqualTo("could not connect");
        assertThat(Faults.describe(throttled("ProvisionedThroughputExceededException"))).isEqualTo("the service throttled the call");
        assertThat(Faults.describe(throttled("ResourceNotFoundException"))).isEqualTo("the table does not exist");
        assertThat(Faults.describe(throttled("UnrecognizedClientException")))
                .isEqualTo("access denied (check the credentials and the role)");
        assertThat(Faults.describe(new UncheckedIOException(new java.io.IOException("disk")))).isEqualTo("input or output failed");
        assertThat(Faults.describe(new RuntimeException("?"))).isEqualTo("unexpected failure");
    }

    @Test
    void aBugIsSaidWithWhereInOurCodeItHappened() {
        String words = Faults.describeWithPlace(failHere());
        assertThat(words).matches("a missing value \\(FaultsTest\\.java:\\d+\\)");
        assertThat(words).doesNotContain("Exception").doesNotContain("java.");
    }

    private static RuntimeException failHere() {
        try {
            Object nothing = null;
            nothing.hashCode();
            return null;
        } catch (NullPointerException e) {
            return e;
        }
    }

    private static DynamoDbException throttled(String code) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }
}
