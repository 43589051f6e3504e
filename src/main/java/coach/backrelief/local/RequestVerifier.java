package coach.backrelief.local;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks that a request really comes from Alexa (alexa-platform.md §6.7). The cheap checks come
 * first, so that a forged request costs no fetch: the certificate URL rules ({@link CertificateUrl}),
 * a base64 {@code Signature-256}, a body that is one JSON object with no repeated key, and a
 * {@code request.timestamp} in the form Alexa sends ({@code 2020-02-22T11:25:21Z}, optionally with
 * a fraction of a second) within {@link #TOLERANCE} of now. Then the signing certificate
 * ({@link SigningCertificates}) and SHA256withRSA over the raw body bytes.
 */
final class RequestVerifier {
    static final Duration TOLERANCE = Duration.ofSeconds(150);
    static final String CERT_URL_HEADER = "SignatureCertChainUrl";
    static final String SIGNATURE_HEADER = "Signature-256";
    private static final Pattern ALEXA_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final SigningCertificates certificates;
    private final Clock clock;

    RequestVerifier(SigningCertificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Completes normally when the request is Alexa's; otherwise exceptionally, with a
     * {@link VerificationException} (see {@link #refusalOf}). Never blocks: a certificate fetch
     * completes it later, on the fetching thread.
     *
     * @param headers a header's values by name (empty when absent); a repeated signature header is refused
     * @param body    the raw body bytes, exactly as received
     */
    CompletableFuture<Void> verify(Function<String, List<String>> headers, byte[] body) {
        try {
            URI url = CertificateUrl.check(single(headers.apply(CERT_URL_HEADER)));
            byte[] signature = decodeSignature(single(headers.apply(SIGNATURE_HEADER)));
            checkTimestamp(body);
            return certificates.signingCertificate(url).thenAccept(certificate -> {
                try {
                    checkSignature(certificate, signature, body);
                } catch (VerificationException e) {
                    throw new CompletionException(e);
                }
            });
        } catch (VerificationException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The reason inside a failed verification, or null when the failure is something else. */
    static Refusal refusalOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof VerificationException v ? v.refusal() : null;
    }

    private static String single(List<String> values) throws VerificationException {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new VerificationException(Refusal.REPEATED_HEADER);
        }
        return values.get(0);
    }

    private static byte[] decodeSignature(String signature) throws VerificationException {
        if (signature == null || signature.isBlank()) {
            throw new VerificationException(Refusal.NO_SIGNATURE);
        }
        try {
            return Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new VerificationException(Refusal.SIGNATURE_NOT_BASE64);
        }
    }

    private static void checkSignature(X509Certificate certificate, byte[] signed, byte[] body) throws VerificationException {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(body);
            if (verifier.verify(signed)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // a key that is not RSA, or a signature of the wrong length: no match either way
        }
        throw new VerificationException(Refusal.SIGNATURE_MISMATCH);
    }

    private void checkTimestamp(byte[] body) throws VerificationException {
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonParseException e) {
            boolean repeated = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
            throw new VerificationException(repeated ? Refusal.DUPLICATE_KEY : Refusal.BODY_NOT_JSON);
        } catch (IOException e) {
            throw new VerificationException(Refusal.BODY_NOT_JSON);
        }
        if (root == null || !root.isObject()) {
            throw new VerificationException(Refusal.BODY_NOT_JSON);
        }
        JsonNode timestamp = root.path("request").path("timestamp");
        if (!timestamp.isTextual() || !ALEXA_TIMESTAMP.matcher(timestamp.textValue()).matches()) {
            throw new VerificationException(Refusal.TIMESTAMP_FORMAT);
        }
        Instant sent;
        try {
            sent = Instant.parse(timestamp.textValue());
        } catch (DateTimeParseException e) {
            throw new VerificationException(Refusal.TIMESTAMP_FORMAT);
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw new VerificationException(Refusal.TIMESTAMP_WINDOW);
        }
    }
}
