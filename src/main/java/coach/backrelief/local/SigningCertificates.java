package coach.backrelief.local;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Alexa's signing certificates, fetched with bounds that unauthenticated clients cannot push:
 * <ul>
 *   <li>at most one fetch in flight per normalised URL (later requests wait for it), and at most
 *       {@value #MAX_FETCHES_IN_FLIGHT} in flight overall (beyond that a request is refused at once);</li>
 *   <li>each fetch ends within {@link #FETCH_TIMEOUT}, well inside Alexa's 8 s;</li>
 *   <li>verified chains are kept in an LRU cache of {@value #CACHE_SIZE} URLs, failures in one of
 *       {@value #FAILURE_CACHE_SIZE} for {@link #FAILURE_TTL} (so a flood of forged URLs evicts only
 *       other failures, never a good chain);</li>
 *   <li>a fetched chain is validated whole: every certificate's dates, the signing certificate's name
 *       {@value #ALEXA_SAN}, and the path to a trusted root; on every later use every certificate's
 *       dates are checked again (nothing else about a cached chain can change).</li>
 * </ul>
 */
final class SigningCertificates {
    static final String ALEXA_SAN = "echo-api.amazon.com";
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
    static final int MAX_FETCHES_IN_FLIGHT = 4;
    static final int CACHE_SIZE = 16;
    static final int FAILURE_CACHE_SIZE = 256;
    static final Duration FAILURE_TTL = Duration.ofSeconds(30);
    private static final int DNS_NAME = 2;

    private final CertificateFetcher fetcher;
    private final Set<TrustAnchor> trustAnchors;
    private final Clock clock;
    private final ThreadPoolExecutor fetchThreads;
    private final Object lock = new Object();
    private final Map<URI, List<X509Certificate>> verified = lru(CACHE_SIZE);
    private final Map<URI, Failure> failed = lru(FAILURE_CACHE_SIZE);
    private final Map<URI, CompletableFuture<List<X509Certificate>>> inFlight = new HashMap<>();
    private int fetches;

    SigningCertificates(CertificateFetcher fetcher, Set<TrustAnchor> trustAnchors, Clock clock) {
        this.fetcher = fetcher;
        this.trustAnchors = Set.copyOf(trustAnchors);
        this.clock = clock;
        // twice the in-flight limit: a fetcher that ignores its timeout still cannot pile up threads
        this.fetchThreads = new ThreadPoolExecutor(0, 2 * MAX_FETCHES_IN_FLIGHT, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "certificate-fetch");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The roots the JDK trusts by default (its cacerts). */
    static Set<TrustAnchor> jdkTrustAnchors() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .flatMap(tm -> Arrays.stream(((X509TrustManager) tm).getAcceptedIssuers()))
                    .map(cert -> new TrustAnchor(cert, null)).collect(Collectors.toUnmodifiableSet());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the JDK trust store: " + e.getMessage(), e);
        }
    }

    /**
     * The signing certificate at this normalised URL, validated now; completes exceptionally with a
     * {@link VerificationException} (possibly inside a {@link CompletionException}).
     */
    CompletableFuture<X509Certificate> signingCertificate(URI url) {
        CompletableFuture<List<X509Certificate>> chain;
        boolean cached = false;
        synchronized (lock) {
            List<X509Certificate> known = verified.get(url);
            if (known != null) {
                chain = CompletableFuture.completedFuture(known);
                cached = true;
            } else if (failed.containsKey(url) && clock.instant().isBefore(failed.get(url).until())) {
                return CompletableFuture.failedFuture(new VerificationException(failed.get(url).refusal()));
            } else {
                chain = inFlight.get(url);
                if (chain == null) {
                    if (inFlight.size() >= MAX_FETCHES_IN_FLIGHT) {
                        return CompletableFuture.failedFuture(new VerificationException(Refusal.CERT_FETCH_BUSY));
                    }
                    chain = startFetch(url);
                }
            }
        }
        boolean fromCache = cached;
        return chain.thenApply(certificates -> {
            try {
                checkDates(pathOf(certificates)); // the rest of validate() cannot change while the chain is cached
                return certificates.get(0);
            } catch (VerificationException e) {
                if (fromCache) {
                    forget(url, certificates); // it may have been renewed at the same URL: fetch it again next time
                }
                throw new CompletionException(e);
            }
        });
    }

    /** How many fetches have been started, ever. */
    int fetches() {
        synchronized (lock) {
            return fetches;
        }
    }

    /** Verified chains currently cached. */
    int cachedChains() {
        synchronized (lock) {
            return verified.size();
        }
    }

    /** Failures currently remembered. */
    int cachedFailures() {
        synchronized (lock) {
            return failed.size();
        }
    }

    /**
     * Called with the lock held. Waiters get the fetch only once it is settled (cached, or
     * remembered as failed), so a request that follows a refusal always sees its outcome.
     */
    private CompletableFuture<List<X509Certificate>> startFetch(URI url) {
        CompletableFuture<List<X509Certificate>> result = new CompletableFuture<>();
        try {
            fetchThreads.execute(() -> {
                try {
                    result.complete(fetchAndValidate(url));
                } catch (VerificationException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new VerificationException(Refusal.CERT_FETCH_BUSY));
        }
        fetches++;
        CompletableFuture.delayedExecutor(FETCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).execute(
                () -> result.completeExceptionally(new VerificationException(Refusal.CERT_FETCH_FAILED)));
        CompletableFuture<List<X509Certificate>> settled = result.whenComplete((chain, error) -> settle(url, chain, error));
        if (!settled.isDone()) { // else it settled already, on this thread (the lock is re-entrant)
            inFlight.put(url, settled); // settle() needs the lock we hold, so it removes this afterwards
        }
        return settled;
    }

    /** One fetch per URL is in flight at a time, so the one in flight for this URL is this one. */
    private void settle(URI url, List<X509Certificate> chain, Throwable error) {
        synchronized (lock) {
            inFlight.remove(url);
            if (error == null) {
                verified.put(url, chain);
                failed.remove(url);
            } else {
                failed.put(url, new Failure(error instanceof VerificationException v ? v.refusal() : Refusal.CERT_FETCH_FAILED,
                        clock.instant().plus(FAILURE_TTL)));
            }
        }
    }

    private void forget(URI url, List<X509Certificate> chain) {
        synchronized (lock) {
            verified.remove(url, chain);
        }
    }

    private List<X509Certificate> fetchAndValidate(URI url) throws VerificationException {
        byte[] pem;
        try {
            pem = fetcher.fetch(url);
        } catch (IOException | RuntimeException e) {
            throw new VerificationException(Refusal.CERT_FETCH_FAILED);
        }
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))
                    .forEach(c -> chain.add((X509Certificate) c));
        } catch (CertificateException | RuntimeException e) {
            throw new VerificationException(Refusal.CERT_UNPARSEABLE);
        }
        if (chain.isEmpty()) {
            throw new VerificationException(Refusal.CERT_UNPARSEABLE);
        }
        validate(chain);
        return List.copyOf(chain);
    }

    /**
     * The whole check of a fetched chain: the signing certificate first, then the certificates that
     * lead to a root (which may be sent last). Only the dates depend on when it runs: certificates
     * and trust anchors do not change, so a cached chain needs {@link #checkDates} on each use.
     */
    private void validate(List<X509Certificate> chain) throws VerificationException {
        List<X509Certificate> path = pathOf(chain);
        Date now = checkDates(path);
        if (!hasAlexaName(path.get(0))) {
            throw new VerificationException(Refusal.CERT_WRONG_NAME);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(trustAnchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (GeneralSecurityException e) {
            throw new VerificationException(Refusal.CERT_UNTRUSTED);
        }
    }

    /** The chain without a self-signed root at its end (that root is matched against the trust anchors instead). */
    private static List<X509Certificate> pathOf(List<X509Certificate> chain) {
        if (chain.size() > 1 && isSelfSigned(chain.get(chain.size() - 1))) {
            return chain.subList(0, chain.size() - 1);
        }
        return chain;
    }

    /** Every certificate of the path is valid now (both dates); returns now. */
    private Date checkDates(List<X509Certificate> path) throws VerificationException {
        Date now = Date.from(clock.instant());
        for (X509Certificate certificate : path) {
            try {
                certificate.checkValidity(now);
            } catch (CertificateException e) {
                throw new VerificationException(Refusal.CERT_NOT_VALID_NOW);
            }
        }
        return now;
    }

    private static boolean hasAlexaName(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names != null && names.stream().anyMatch(name -> name.size() >= 2
                    && Integer.valueOf(DNS_NAME).equals(name.get(0)) && ALEXA_SAN.equalsIgnoreCase(String.valueOf(name.get(1))));
        } catch (CertificateException e) {
            return false;
        }
    }

    private static boolean isSelfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private record Failure(Refusal refusal, Instant until) {
    }

    private static <V> Map<URI, V> lru(int bound) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, V> eldest) {
                return size() > bound;
            }
        };
    }
}
