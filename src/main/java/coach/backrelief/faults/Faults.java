package coach.backrelief.faults;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/**
 * Names a failure in a few plain words for a log line ("timed out", "could not connect", "the
 * service throttled the call"), so a developer reading the log sees what happened and nobody sees
 * an exception class or a stack trace. The cause chain is searched for the most telling fault.
 */
public final class Faults {
    private Faults() {
    }

    /** A few plain words for {@code failure}. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String words = known(t);
            if (words != null) {
                return words;
            }
        }
        return "unexpected failure";
    }

    /**
     * For failures that are bugs: the plain words and where it was thrown in our code, for example
     * "a missing value (Intents.java:96)".
     */
    public static String describeWithPlace(Throwable failure) {
        String where = "";
        for (StackTraceElement e : failure.getStackTrace()) {
            if (e.getClassName().startsWith("coach.backrelief.") && e.getFileName() != null) {
                where = " (" + e.getFileName() + ":" + e.getLineNumber() + ")";
                break;
            }
        }
        return describe(failure) + where;
    }

    private static String known(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException || name.contains("Timeout")) {
            return "timed out";
        }
        if (t instanceof ConnectException) {
            return "could not connect";
        }
        if (t instanceof UnknownHostException) {
            return "unknown host";
        }
        if (name.startsWith("SSL")) {
            return "secure connection failed";
        }
        if (t instanceof AwsServiceException aws) {
            return service(aws);
        }
        if (t instanceof NullPointerException) {
            return "a missing value";
        }
        if (t instanceof NumberFormatException) {
            return "a number that is not a number";
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof IndexOutOfBoundsException || t instanceof ClassCastException) {
            return "an invalid value";
        }
        if (name.contains("Json") || name.contains("Mismatched") || name.contains("Parse")) {
            return "unreadable JSON";
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return t.getCause() == null ? "input or output failed" : null;
        }
        return null;
    }

    /** An AWS service's refusal, by its error code (a service's word, said plainly). */
    private static String service(AwsServiceException e) {
        String code = (e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode()).toLowerCase(Locale.ROOT);
        if (code.contains("throttl") || code.contains("throughput") || code.contains("limitexceeded")) {
            return "the service throttled the call";
        }
        if (code.contains("resourcenotfound")) {
            return "the table does not exist";
        }
        if (code.contains("accessdenied") || code.contains("unrecognizedclient") || code.contains("token")
                || code.contains("signature")) {
            return "access denied (check the credentials and the role)";
        }
        if (code.contains("validation")) {
            return "the service refused the request as invalid";
        }
        return "the service answered with an error";
    }
}
