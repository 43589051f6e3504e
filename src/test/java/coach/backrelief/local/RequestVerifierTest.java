package coach.backrelief.local;

import coach.backrelief.testing.Requests;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static coach.backrelief.local.VerificationFixture.ALEXA_URL;
import static coach.backrelief.local.VerificationFixture.headers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged requests against the verifier, as an attacker would send them: forged and misapplied
 * signatures, every chain fault, timestamp tricks and the replay window, repeated keys and headers.
 * Each forgery must be refused for its own reason; each control must be accepted.
 */
class RequestVerifierTest {
    private static final AttackTally TALLY = new AttackTally("signatures, chains, timestamps");
    private static final Duration DAY = Duration.ofDays(1);
    private VerificationFixture fixture;
    private TestCertificates keys;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new VerificationFixture();
        keys = fixture.keys;
    }

    @AfterAll
    static void report() {
        TALLY.print();
    }

    private void assertRefused(Function<String, List<String>> headers, byte[] body, Refusal expected) {
        Refusal outcome = fixture.outcome(headers, body);
        assertThat(TALLY.forged(outcome != null)).as("refused").isTrue();
        assertThat(outcome).isEqualTo(expected);
    }

    private void assertAccepted(Function<String, List<String>> headers, byte[] body) {
        Refusal outcome = fixture.outcome(headers, body);
        assertThat(TALLY.control(outcome == null)).as("accepted, but refused: %s", outcome).isTrue();
    }

    @Test
    void aRequestSignedByAlexaIsAccepted() {
        byte[] body = fixture.launchNow();
        assertAccepted(fixture.signedByAlexa(body), body);
    }

    // ---- forged signatures -------------------------------------------------------------------

    @Test
    void forgedSignaturesAreRefused() {
        byte[] body = fixture.launchNow();
        String alexaSignature = TestCertificates.sign(keys.alexaKey, body);
        assertRefused(headers(ALEXA_URL, null), body, Refusal.NO_SIGNATURE);
        assertRefused(headers(ALEXA_URL, "  "), body, Refusal.NO_SIGNATURE);
        assertRefused(headers(ALEXA_URL, "not*base64!"), body, Refusal.SIGNATURE_NOT_BASE64);
        assertRefused(headers(ALEXA_URL, TestCertificates.sign(keys.otherKey, body)), body, Refusal.SIGNATURE_MISMATCH);
        assertRefused(headers(ALEXA_URL, TestCertificates.sign(keys.alexaKey, fixture.launchNow())), body,
                Refusal.SIGNATURE_MISMATCH);
        assertRefused(headers(ALEXA_URL, TestCertificates.sign(keys.alexaKey, "SHA1withRSA", body)), body,
                Refusal.SIGNATURE_MISMATCH);
        assertRefused(headers(ALEXA_URL, alexaSignature.substring(0, 40)), body, Refusal.SIGNATURE_MISMATCH);
        assertRefused(headers(ALEXA_URL, Base64.getEncoder().encodeToString(new byte[256])), body, Refusal.SIGNATURE_MISMATCH);
        assertRefused(headers(ALEXA_URL, ""), body, Refusal.NO_SIGNATURE);
        // the signed bytes, changed after signing: one space added, and the JSON re-serialised
        byte[] padded = (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertRefused(headers(ALEXA_URL, alexaSignature), padded, Refusal.SIGNATURE_MISMATCH);
        byte[] pretty = new String(body, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        assertRefused(headers(ALEXA_URL, alexaSignature), pretty, Refusal.SIGNATURE_MISMATCH);
    }

    @Test
    void repeatedSignatureHeadersAreRefused() {
        byte[] body = fixture.launchNow();
        String signature = TestCertificates.sign(keys.alexaKey, body);
        Map<String, List<String>> twoUrls = Map.of(RequestVerifier.CERT_URL_HEADER, List.of(ALEXA_URL, "https://evil.com/x.pem"),
                RequestVerifier.SIGNATURE_HEADER, List.of(signature));
        assertRefused(twoUrls::get, body, Refusal.REPEATED_HEADER);
        Map<String, List<String>> twoSignatures = Map.of(RequestVerifier.CERT_URL_HEADER, List.of(ALEXA_URL),
                RequestVerifier.SIGNATURE_HEADER, List.of(signature, signature));
        assertRefused(twoSignatures::get, body, Refusal.REPEATED_HEADER);
    }

    // ---- chain faults --------------------------------------------------------------------------

    /** Publishes this chain at its own URL, signs with {@code key}, and returns the outcome. */
    private Refusal withChain(String name, java.security.PrivateKey key, byte[] pem) {
        String url = "https://s3.amazonaws.com/echo.api/" + name + ".pem";
        fixture.published.put(url, pem);
        byte[] body = fixture.launchNow();
        return fixture.outcome(headers(url, TestCertificates.sign(key, body)), body);
    }

    private void assertChainRefused(String name, java.security.PrivateKey key, byte[] pem, Refusal expected) {
        Refusal outcome = withChain(name, key, pem);
        assertThat(TALLY.forged(outcome != null)).as(name).isTrue();
        assertThat(outcome).as(name).isEqualTo(expected);
    }

    @Test
    void everyChainFaultIsRefused() throws Exception {
        Instant now = TestCertificates.NOW;
        KeyPair leafKeys = TestCertificates.keys();
        assertChainRefused("wrong-name", keys.otherKey, TestCertificates.pem(keys.other, keys.intermediate), Refusal.CERT_WRONG_NAME);
        assertChainRefused("expired-leaf", leafKeys.getPrivate(), TestCertificates.pem(
                keys.leaf("echo-api.amazon.com", leafKeys, now.minus(DAY.multipliedBy(400)), now.minus(DAY)), keys.intermediate),
                Refusal.CERT_NOT_VALID_NOW);
        assertChainRefused("future-leaf", leafKeys.getPrivate(), TestCertificates.pem(
                keys.leaf("echo-api.amazon.com", leafKeys, now.plus(DAY), now.plus(DAY.multipliedBy(400))), keys.intermediate),
                Refusal.CERT_NOT_VALID_NOW);
        X509Certificate expiredIntermediate = TestCertificates.ca("CN=Test Intermediate CA", keys.intermediateKeys,
                "CN=Test Root CA", keys.rootKeys.getPrivate(), now.minus(DAY.multipliedBy(800)), now.minus(DAY));
        assertChainRefused("expired-intermediate", keys.alexaKey, TestCertificates.pem(keys.alexa, expiredIntermediate),
                Refusal.CERT_NOT_VALID_NOW);
        assertChainRefused("missing-intermediate", keys.alexaKey, TestCertificates.pem(keys.alexa), Refusal.CERT_UNTRUSTED);
        assertChainRefused("swapped-order", keys.alexaKey, TestCertificates.pem(keys.intermediate, keys.alexa), Refusal.CERT_WRONG_NAME);

        // a whole look-alike PKI: same names, keys of the attacker's own, root not trusted
        KeyPair fakeRoot = TestCertificates.keys();
        KeyPair fakeIntermediate = TestCertificates.keys();
        X509Certificate fakeCa = TestCertificates.ca("CN=Test Intermediate CA", fakeIntermediate, "CN=Test Root CA",
                fakeRoot.getPrivate(), now.minus(DAY), now.plus(DAY));
        X509Certificate fakeLeaf = TestCertificates.leaf("echo-api.amazon.com", leafKeys, "CN=Test Intermediate CA",
                fakeIntermediate.getPrivate(), now.minus(DAY), now.plus(DAY));
        X509Certificate fakeRootCert = TestCertificates.ca("CN=Test Root CA", fakeRoot, "CN=Test Root CA",
                fakeRoot.getPrivate(), now.minus(DAY), now.plus(DAY));
        assertChainRefused("look-alike-pki", leafKeys.getPrivate(), TestCertificates.pem(fakeLeaf, fakeCa, fakeRootCert),
                Refusal.CERT_UNTRUSTED);
        X509Certificate selfSigned = TestCertificates.leaf("echo-api.amazon.com", leafKeys, "CN=echo-api.amazon.com",
                leafKeys.getPrivate(), now.minus(DAY), now.plus(DAY));
        assertChainRefused("self-signed", leafKeys.getPrivate(), TestCertificates.pem(selfSigned), Refusal.CERT_UNTRUSTED);
        // a leaf (not a CA) used to issue a certificate for Alexa's name
        X509Certificate issuedByLeaf = TestCertificates.leaf("echo-api.amazon.com", leafKeys, "CN=example.com",
                keys.otherKey, now.minus(DAY), now.plus(DAY));
        assertChainRefused("issued-by-a-leaf", leafKeys.getPrivate(),
                TestCertificates.pem(issuedByLeaf, keys.other, keys.intermediate), Refusal.CERT_UNTRUSTED);

        assertChainRefused("garbage", keys.alexaKey, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII), Refusal.CERT_UNPARSEABLE);
        assertChainRefused("html", keys.alexaKey, "<html>AccessDenied</html>".getBytes(StandardCharsets.US_ASCII),
                Refusal.CERT_UNPARSEABLE);
        assertChainRefused("empty", keys.alexaKey, new byte[0], Refusal.CERT_UNPARSEABLE);
        byte[] body = fixture.launchNow();
        assertRefused(headers("https://s3.amazonaws.com/echo.api/not-published.pem", TestCertificates.sign(keys.alexaKey, body)),
                body, Refusal.CERT_FETCH_FAILED);
    }

    @Test
    void theChainWithItsRootAppendedIsAccepted() {
        Refusal outcome = withChain("with-root", keys.alexaKey, TestCertificates.pem(keys.alexa, keys.intermediate, keys.root));
        assertThat(TALLY.control(outcome == null)).as("refused: %s", outcome).isTrue();
    }

    // ---- timestamps and the replay window ------------------------------------------------------

    private byte[] withTimestamp(Object timestamp) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        if (timestamp instanceof String text) {
            fields.put("timestamp", text);
        } else if (timestamp instanceof Number number) {
            fields.put("timestamp", new java.math.BigDecimal(number.toString()));
        } else if (timestamp == null) {
            fields.putNull("timestamp");
        } else {
            fields.putObject("timestamp").put("epochSecond", 1);
        }
        return Requests.launch().requestFields(fields).json().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] at(Instant when) {
        return Requests.launch().at(when).json().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} s from now")
    @ValueSource(ints = {-151, 151, -3600, 86_400})
    void aTimestampOutsideTheWindowIsRefused(int seconds) {
        byte[] body = at(fixture.clock.instant().plusSeconds(seconds));
        assertRefused(fixture.signedByAlexa(body), body, Refusal.TIMESTAMP_WINDOW);
    }

    @ParameterizedTest(name = "{0} s from now")
    @ValueSource(ints = {-150, -149, 0, 149, 150})
    void aTimestampInsideTheWindowIsAccepted(int seconds) {
        byte[] body = at(fixture.clock.instant().plusSeconds(seconds));
        assertAccepted(fixture.signedByAlexa(body), body);
    }

    @Test
    void aCapturedRequestReplayedInsideTheWindowIsAcceptedAndAfterItRefused() {
        byte[] body = fixture.launchNow();
        Function<String, List<String>> captured = fixture.signedByAlexa(body);
        fixture.clock.advance(Duration.ofSeconds(100));
        assertAccepted(captured, body); // as Amazon's rule allows: the window is the replay protection
        fixture.clock.advance(Duration.ofSeconds(51));
        assertRefused(captured, body, Refusal.TIMESTAMP_WINDOW);
    }

    @Test
    void timestampsInFormsAlexaDoesNotSendAreRefused() {
        Instant now = fixture.clock.instant();
        long epochMillis = now.toEpochMilli();
        for (Object timestamp : new Object[] {
            epochMillis, now.getEpochSecond(), new java.math.BigInteger("18446744073709551616"), -1, 1.5e300,
            now.toString().replace("Z", "+00:00"), now.toString().replace("T", " "), now.toString().replace("Z", ""),
            now.toString().toLowerCase(), "+10000-01-01T00:00:00Z", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
            "2026-12-02T25:00:00Z", "２０２６-12-02T00:00:00Z", "", "now", String.valueOf(epochMillis), null, Map.of()}) {
            byte[] body = withTimestamp(timestamp);
            assertRefused(fixture.signedByAlexa(body), body, Refusal.TIMESTAMP_FORMAT);
        }
        byte[] missing = Requests.launch().json().replaceFirst("\"timestamp\":\"[^\"]*\",", "").getBytes(StandardCharsets.UTF_8);
        assertRefused(fixture.signedByAlexa(missing), missing, Refusal.TIMESTAMP_FORMAT);
    }

    @Test
    void bothFormsAlexaSendsAreAccepted() {
        Instant now = fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (String timestamp : new String[] {now.toString(), now.plusMillis(371).toString()}) {
            byte[] body = withTimestamp(timestamp);
            assertAccepted(fixture.signedByAlexa(body), body);
        }
    }

    // ---- bodies --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"request\":{\"timestamp\":\"STALE\",\"timestamp\":\"NOW\"}}        | DUPLICATE_KEY",
        "{\"request\":{\"timestamp\":\"NOW\"},\"request\":{\"timestamp\":\"NOW\"}} | DUPLICATE_KEY",
        "{\"session\":{\"application\":{\"applicationId\":\"a\",\"applicationId\":\"b\"}},\"request\":{\"timestamp\":\"NOW\"}} | DUPLICATE_KEY",
        "{\"request\":{\"timestamp\":\"NOW\"}} trailing                       | BODY_NOT_JSON",
        "{\"request\":{\"timestamp\":\"NOW\"}}{}                              | BODY_NOT_JSON",
        "[{\"request\":{\"timestamp\":\"NOW\"}}]                              | BODY_NOT_JSON",
        "{\"request\":{\"timestamp\":\"NOW\"}                                 | BODY_NOT_JSON",
        "\"just a string\"                                                   | BODY_NOT_JSON",
        "not json                                                            | BODY_NOT_JSON",
    })
    void bodiesThatAreNotOneObjectWithoutRepeatsAreRefused(String template, Refusal expected) {
        Instant now = fixture.clock.instant();
        byte[] body = template.replace("STALE", now.minus(DAY).toString()).replace("NOW", now.toString())
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(fixture.signedByAlexa(body), body, expected);
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertRefused(fixture.signedByAlexa(new byte[0]), new byte[0], Refusal.BODY_NOT_JSON);
    }

    @Test
    void aForgedRequestWithABadTimestampCostsNoFetch() {
        byte[] stale = at(fixture.clock.instant().minus(DAY));
        assertRefused(headers("https://s3.amazonaws.com/echo.api/unknown.pem", "AAAA"), stale, Refusal.TIMESTAMP_WINDOW);
        assertThat(fixture.published.fetches).hasValue(0);
    }
}
