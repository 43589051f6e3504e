package coach.backrelief.local;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throwaway PKI shaped like Amazon's: a root (trusted in tests), an intermediate CA, and signing
 * certificates under it. {@link #alexa} names echo-api.amazon.com; the others are the faults the
 * attack tests need (another name, dates, an untrusted root, a leaf posing as a CA).
 */
final class TestCertificates {
    static final Instant NOW = Instant.now();
    private static final Duration YEAR = Duration.ofDays(365);
    private static final AtomicLong SERIAL = new AtomicLong(1000);
    private static TestCertificates instance;

    final KeyPair rootKeys = keys();
    final X509Certificate root;
    final KeyPair intermediateKeys = keys();
    final X509Certificate intermediate;
    final PrivateKey alexaKey;
    final X509Certificate alexa;
    final PrivateKey otherKey;
    final X509Certificate other;

    private TestCertificates() throws Exception {
        root = ca("CN=Test Root CA", rootKeys, "CN=Test Root CA", rootKeys.getPrivate(), NOW.minus(YEAR), NOW.plus(YEAR.multipliedBy(10)));
        intermediate = ca("CN=Test Intermediate CA", intermediateKeys, "CN=Test Root CA", rootKeys.getPrivate(),
                NOW.minus(YEAR), NOW.plus(YEAR.multipliedBy(5)));
        KeyPair alexaKeys = keys();
        alexaKey = alexaKeys.getPrivate();
        alexa = leaf("echo-api.amazon.com", alexaKeys, NOW.minus(YEAR), NOW.plus(YEAR));
        KeyPair otherKeys = keys();
        otherKey = otherKeys.getPrivate();
        other = leaf("example.com", otherKeys, NOW.minus(YEAR), NOW.plus(YEAR));
    }

    static synchronized TestCertificates get() throws Exception {
        if (instance == null) {
            instance = new TestCertificates();
        }
        return instance;
    }

    static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signing certificate under the intermediate, for this DNS name and these dates. */
    X509Certificate leaf(String dnsName, KeyPair keys, Instant notBefore, Instant notAfter) throws Exception {
        return leaf(dnsName, keys, "CN=Test Intermediate CA", intermediateKeys.getPrivate(), notBefore, notAfter);
    }

    static X509Certificate leaf(String dnsName, KeyPair keys, String issuer, PrivateKey issuerKey,
                                Instant notBefore, Instant notAfter) throws Exception {
        X509v3CertificateBuilder builder = builder("CN=" + dnsName, keys, issuer, notBefore, notAfter);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        return sign(builder, issuerKey);
    }

    /** A CA certificate (self-signed when subject and issuer are the same). */
    static X509Certificate ca(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
                              Instant notBefore, Instant notAfter) throws Exception {
        X509v3CertificateBuilder builder = builder(subject, keys, issuer, notBefore, notAfter);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(builder, issuerKey);
    }

    private static X509v3CertificateBuilder builder(String subject, KeyPair keys, String issuer, Instant notBefore, Instant notAfter) {
        return new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(notBefore), Date.from(notAfter), new X500Name(subject), keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    /** The certificates as one PEM file, in the order given (signing certificate first, as Amazon publishes). */
    static byte[] pem(X509Certificate... chain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (X509Certificate certificate : chain) {
            try {
                out.writeBytes(("-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toByteArray();
    }

    /** Alexa's chain as published: signing certificate, intermediate. */
    byte[] alexaChain() {
        return pem(alexa, intermediate);
    }

    static String sign(PrivateKey key, byte[] body) {
        return sign(key, "SHA256withRSA", body);
    }

    static String sign(PrivateKey key, String algorithm, byte[] body) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the test root is trusted. */
    Set<TrustAnchor> trustAnchors() {
        return Set.of(new TrustAnchor(root, null));
    }
}
