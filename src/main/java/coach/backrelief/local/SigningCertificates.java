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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Alexa's signing certificates, fetched once per URL and cached: the chain must lead to a trusted
 * root and be valid now, and the signing certificate must name {@value #ALEXA_SAN} as a DNS
 * subject alternative name. Validity is checked again on every use of a cached certificate.
 */
final class SigningCertificates {
    static final String ALEXA_SAN = "echo-api.amazon.com";
    private static final int DNS_NAME = 2;

    private final CertificateFetcher fetcher;
    private final Set<TrustAnchor> trustAnchors;
    private final Clock clock;
    private final ConcurrentMap<URI, X509Certificate> cache = new ConcurrentHashMap<>();

    SigningCertificates(CertificateFetcher fetcher, Set<TrustAnchor> trustAnchors, Clock clock) {
        this.fetcher = fetcher;
        this.trustAnchors = Set.copyOf(trustAnchors);
        this.clock = clock;
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

    /** The verified signing certificate for this URL. */
    X509Certificate signingCertificate(URI url) throws VerificationException {
        X509Certificate cached = cache.get(url);
        if (cached != null) {
            try {
                cached.checkValidity(Date.from(clock.instant()));
                return cached;
            } catch (CertificateException e) {
                cache.remove(url, cached);
            }
        }
        X509Certificate verified = verify(fetch(url));
        cache.put(url, verified);
        return verified;
    }

    private List<X509Certificate> fetch(URI url) throws VerificationException {
        try {
            Collection<? extends java.security.cert.Certificate> parsed = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(fetcher.fetch(url)));
            List<X509Certificate> chain = new ArrayList<>();
            parsed.forEach(c -> chain.add((X509Certificate) c));
            if (chain.isEmpty()) {
                throw new VerificationException("no certificate at " + url);
            }
            return chain;
        } catch (IOException e) {
            throw new VerificationException("cannot fetch the certificate chain at " + url + ": " + e.getMessage());
        } catch (CertificateException e) {
            throw new VerificationException("the certificate chain at " + url + " does not parse");
        }
    }

    private X509Certificate verify(List<X509Certificate> chain) throws VerificationException {
        X509Certificate signing = chain.get(0);
        Date now = Date.from(clock.instant());
        try {
            signing.checkValidity(now);
        } catch (CertificateException e) {
            throw new VerificationException("the signing certificate is expired or not yet valid");
        }
        if (!hasAlexaName(signing)) {
            throw new VerificationException("the signing certificate is not for " + ALEXA_SAN);
        }
        List<X509Certificate> path = new ArrayList<>(chain);
        if (path.size() > 1 && isSelfSigned(path.get(path.size() - 1))) {
            path.remove(path.size() - 1); // the root, if sent, is matched against the trust anchors instead
        }
        try {
            PKIXParameters parameters = new PKIXParameters(trustAnchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (GeneralSecurityException e) {
            throw new VerificationException("the certificate chain does not lead to a trusted root");
        }
        return signing;
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
}
