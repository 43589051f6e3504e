package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * Checks that a request really comes from Alexa (alexa-platform.md §6.7): the certificate URL rules,
 * the signing certificate, {@code Signature-256} (SHA256withRSA over the raw body bytes) and the
 * request timestamp within {@link #TOLERANCE} of now.
 */
final class RequestVerifier {
    static final Duration TOLERANCE = Duration.ofSeconds(150);
    static final String CERT_URL_HEADER = "SignatureCertChainUrl";
    static final String SIGNATURE_HEADER = "Signature-256";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SigningCertificates certificates;
    private final Clock clock;

    RequestVerifier(SigningCertificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Throws with a one-line reason unless the request is Alexa's.
     *
     * @param header header value by name (null when absent)
     * @param body   the raw body bytes, exactly as received
     */
    void verify(UnaryOperator<String> header, byte[] body) throws VerificationException {
        URI url = CertificateUrl.check(header.apply(CERT_URL_HEADER));
        String signature = header.apply(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw new VerificationException("no Signature-256 header");
        }
        checkSignature(signature, body, url);
        checkTimestamp(body);
    }

    private void checkSignature(String signature, byte[] body, URI url) throws VerificationException {
        byte[] signed;
        try {
            signed = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new VerificationException("Signature-256 is not base64");
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificates.signingCertificate(url).getPublicKey());
            verifier.update(body);
            if (!verifier.verify(signed)) {
                throw new VerificationException("Signature-256 does not match the body");
            }
        } catch (GeneralSecurityException e) {
            throw new VerificationException("Signature-256 does not match the body");
        }
    }

    private void checkTimestamp(byte[] body) throws VerificationException {
        JsonNode timestamp;
        try {
            timestamp = MAPPER.readTree(body).path("request").path("timestamp");
        } catch (IOException e) {
            throw new VerificationException("malformed JSON");
        }
        Instant sent;
        try {
            sent = timestamp.isNumber() ? Instant.ofEpochMilli(timestamp.asLong()) : Instant.parse(timestamp.asText());
        } catch (DateTimeParseException e) {
            throw new VerificationException("request.timestamp is missing or not a timestamp");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw new VerificationException("request.timestamp is more than " + TOLERANCE.toSeconds() + " s from now");
        }
    }
}
