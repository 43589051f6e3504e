package coach.backrelief.local;

import coach.backrelief.testing.Requests;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A verifier wired to a fake S3 (chains published by URL, fetches counted, an optional delay) and a
 * clock the test can move. Alexa's chain is published at {@link #ALEXA_URL}.
 */
final class VerificationFixture {
    static final String ALEXA_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";

    final TestCertificates keys;
    final Published published = new Published();
    final SettableClock clock = new SettableClock(TestCertificates.NOW);
    final SigningCertificates certificates;
    final RequestVerifier verifier;

    VerificationFixture() throws Exception {
        keys = TestCertificates.get();
        published.put(ALEXA_URL, keys.alexaChain());
        certificates = new SigningCertificates(published, keys.trustAnchors(), clock);
        verifier = new RequestVerifier(certificates, clock);
    }

    /** A launch request stamped with the fixture's time now. */
    byte[] launchNow() {
        return Requests.launch().at(clock.instant()).json().getBytes(StandardCharsets.UTF_8);
    }

    static Function<String, List<String>> headers(String certUrl, String signature) {
        Map<String, List<String>> map = Map.of(RequestVerifier.CERT_URL_HEADER, certUrl == null ? List.of() : List.of(certUrl),
                RequestVerifier.SIGNATURE_HEADER, signature == null ? List.of() : List.of(signature));
        return name -> map.getOrDefault(name, List.of());
    }

    /** Signed by Alexa's key, chain at {@link #ALEXA_URL}. */
    Function<String, List<String>> signedByAlexa(byte[] body) {
        return headers(ALEXA_URL, TestCertificates.sign(keys.alexaKey, body));
    }

    /** Null when accepted; the reason when refused. Waits for a fetch if one is needed. */
    Refusal outcome(Function<String, List<String>> headers, byte[] body) {
        return outcome(verifier.verify(headers, body));
    }

    static Refusal outcome(CompletableFuture<?> verification) {
        try {
            verification.get(10, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            Refusal refusal = RequestVerifier.refusalOf(e.getCause());
            if (refusal == null) {
                throw new AssertionError("not a refusal: " + e.getCause());
            }
            return refusal;
        } catch (Exception e) {
            throw new AssertionError("verification did not finish: " + e);
        }
    }

    /** The fake S3: PEM chains by URL; anything else is a 404. */
    static final class Published implements CertificateFetcher {
        private final Map<String, byte[]> chains = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> fetchesByUrl = new ConcurrentHashMap<>();
        final AtomicInteger fetches = new AtomicInteger();
        volatile Duration delay = Duration.ZERO;

        void put(String url, byte[] pem) {
            chains.put(url, pem);
        }

        int fetchesOf(String url) {
            AtomicInteger count = fetchesByUrl.get(url);
            return count == null ? 0 : count.get();
        }

        /** The most fetches any one URL got. */
        int mostFetchesOfOneUrl() {
            return fetchesByUrl.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        }

        @Override
        public byte[] fetch(URI url) throws IOException {
            fetches.incrementAndGet();
            fetchesByUrl.computeIfAbsent(url.toString(), u -> new AtomicInteger()).incrementAndGet();
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] pem = chains.get(url.toString());
            if (pem == null) {
                throw new IOException("404");
            }
            return pem;
        }
    }

    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
