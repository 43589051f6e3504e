package coach.backrelief.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static coach.backrelief.local.VerificationFixture.ALEXA_URL;
import static coach.backrelief.local.VerificationFixture.headers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What unauthenticated clients can make the server fetch: one fetch per normalised URL at a time,
 * a few in flight overall, failures remembered briefly, a bounded cache, and the whole chain
 * validated again on every use.
 */
class SigningCertificatesTest {
    private static final AttackTally TALLY = new AttackTally("certificate fetching");
    private VerificationFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new VerificationFixture();
    }

    @AfterAll
    static void report() {
        TALLY.print();
    }

    /** A forged request pointing at this URL (any base64 passes the cheap checks, so the URL is fetched). */
    private Refusal forgedWithUrl(String url) {
        byte[] body = fixture.launchNow();
        return fixture.outcome(headers(url, "Zm9yZ2Vk"), body);
    }

    @Test
    void aFloodOfForgedUrlsFetchesEachNormalisedUrlOnceAndLeavesTheCacheAtItsBound() {
        int distinct = 5_000;
        for (int i = 0; i < distinct; i++) {
            // two spellings of one URL: they normalise to the same key, so one fetch
            Refusal first = forgedWithUrl("https://s3.amazonaws.com/echo.api/flood-" + i + ".pem");
            Refusal second = forgedWithUrl("HTTPS://S3.amazonaws.com:443/echo.api/x/../flood-" + i + ".pem");
            assertThat(TALLY.forged(first == Refusal.CERT_FETCH_FAILED)).isTrue();
            assertThat(TALLY.forged(second == Refusal.CERT_FETCH_FAILED)).isTrue();
        }
        assertThat(fixture.published.fetches).hasValue(distinct);
        assertThat(fixture.published.mostFetchesOfOneUrl()).isEqualTo(1);
        assertThat(fixture.certificates.cachedFailures()).isEqualTo(SigningCertificates.FAILURE_CACHE_SIZE);

        // Alexa's chain, cached before or after the flood, is never evicted by failures
        byte[] body = fixture.launchNow();
        assertThat(TALLY.control(fixture.outcome(fixture.signedByAlexa(body), body) == null)).isTrue();
        for (int i = 0; i < 1_000; i++) {
            forgedWithUrl("https://s3.amazonaws.com/echo.api/second-flood-" + i + ".pem");
        }
        body = fixture.launchNow();
        assertThat(TALLY.control(fixture.outcome(fixture.signedByAlexa(body), body) == null)).isTrue();
        assertThat(fixture.published.fetchesOf(ALEXA_URL)).isEqualTo(1);
        assertThat(fixture.certificates.cachedChains()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsForOneUnknownUrlShareOneFetch() {
        fixture.published.delay = Duration.ofMillis(300);
        List<CompletableFuture<X509Certificate>> waiting = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waiting.add(fixture.certificates.signingCertificate(URI.create(ALEXA_URL)));
        }
        for (CompletableFuture<X509Certificate> each : waiting) {
            assertThat(VerificationFixture.outcome(each)).isNull();
        }
        assertThat(fixture.published.fetches).hasValue(1);
    }

    @Test
    void fetchesInFlightAreFewAndTheRestAreRefusedAtOnce() {
        fixture.published.delay = Duration.ofMillis(500);
        List<CompletableFuture<X509Certificate>> fetching = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            fetching.add(fixture.certificates.signingCertificate(URI.create("https://s3.amazonaws.com/echo.api/busy-" + i + ".pem")));
        }
        long startedMillis = (System.nanoTime() - began) / 1_000_000;
        long busy = fetching.stream().filter(f -> f.isDone() && VerificationFixture.outcome(f) == Refusal.CERT_FETCH_BUSY).count();
        assertThat(busy).isEqualTo(20 - SigningCertificates.MAX_FETCHES_IN_FLIGHT);
        assertThat(startedMillis).as("nobody waited for a fetch slot").isLessThan(400);
        fetching.forEach(VerificationFixture::outcome);
        assertThat(fixture.published.fetches).hasValue(SigningCertificates.MAX_FETCHES_IN_FLIGHT);
    }

    @Test
    void aFetchThatHangsIsCutAtTheTimeoutAndRemembered() {
        fixture.published.delay = Duration.ofSeconds(6);
        long began = System.nanoTime();
        Refusal outcome = forgedWithUrl("https://s3.amazonaws.com/echo.api/hangs.pem");
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        assertThat(TALLY.forged(outcome == Refusal.CERT_FETCH_FAILED)).isTrue();
        assertThat(took).isBetween(SigningCertificates.FETCH_TIMEOUT.minusMillis(100), SigningCertificates.FETCH_TIMEOUT.plusSeconds(1));
        // remembered: the next request for it is refused at once, without a second fetch
        began = System.nanoTime();
        assertThat(forgedWithUrl("https://s3.amazonaws.com/echo.api/hangs.pem")).isEqualTo(Refusal.CERT_FETCH_FAILED);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(500));
        assertThat(fixture.published.fetches).hasValue(1);
    }

    @Test
    void aFailureIsRememberedForAShortTimeOnly() {
        String url = "https://s3.amazonaws.com/echo.api/later.pem";
        assertThat(forgedWithUrl(url)).isEqualTo(Refusal.CERT_FETCH_FAILED);
        fixture.clock.advance(Duration.ofSeconds(29));
        assertThat(forgedWithUrl(url)).isEqualTo(Refusal.CERT_FETCH_FAILED);
        assertThat(fixture.published.fetches).hasValue(1);
        // published in the meantime: after 30 s it is fetched again and accepted
        fixture.published.put(url, fixture.keys.alexaChain());
        fixture.clock.advance(Duration.ofSeconds(2));
        byte[] body = fixture.launchNow();
        Refusal outcome = fixture.outcome(headers(url, TestCertificates.sign(fixture.keys.alexaKey, body)), body);
        assertThat(TALLY.control(outcome == null)).as("%s", outcome).isTrue();
        assertThat(fixture.published.fetches).hasValue(2);
    }

    @Test
    void aCachedChainWhoseIntermediateHasExpiredIsRefused() throws Exception {
        var keys = fixture.keys;
        var shortLived = TestCertificates.ca("CN=Test Intermediate CA", keys.intermediateKeys, "CN=Test Root CA",
                keys.rootKeys.getPrivate(), TestCertificates.NOW.minus(Duration.ofDays(30)), TestCertificates.NOW.plus(Duration.ofHours(1)));
        String url = "https://s3.amazonaws.com/echo.api/short-lived.pem";
        fixture.published.put(url, TestCertificates.pem(keys.alexa, shortLived));
        byte[] body = fixture.launchNow();
        assertThat(TALLY.control(fixture.outcome(headers(url, TestCertificates.sign(keys.alexaKey, body)), body) == null)).isTrue();

        fixture.clock.advance(Duration.ofHours(2)); // the leaf is still valid; the intermediate is not
        body = fixture.launchNow();
        Refusal outcome = fixture.outcome(headers(url, TestCertificates.sign(keys.alexaKey, body)), body);
        assertThat(TALLY.forged(outcome == Refusal.CERT_NOT_VALID_NOW)).as("%s", outcome).isTrue();
    }

    @Test
    void aCachedChainIsCheckedAgainstTheClockOnEveryUse() {
        byte[] body = fixture.launchNow();
        assertThat(fixture.outcome(fixture.signedByAlexa(body), body)).isNull();
        fixture.clock.advance(Duration.ofDays(366)); // past the signing certificate's notAfter
        body = fixture.launchNow();
        Refusal outcome = fixture.outcome(fixture.signedByAlexa(body), body);
        assertThat(TALLY.forged(outcome == Refusal.CERT_NOT_VALID_NOW)).as("%s", outcome).isTrue();
    }
}
