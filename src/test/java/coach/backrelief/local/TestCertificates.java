package coach.backrelief.local;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Set;

/**
 * Throwaway signing keys made with the JDK's keytool: a self-signed certificate with SAN
 * echo-api.amazon.com (trusted in tests as a root) and one for another name.
 */
final class TestCertificates {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static TestCertificates instance;

    final PrivateKey alexaKey;
    final X509Certificate alexa;
    final PrivateKey otherKey;
    final X509Certificate other;

    private TestCertificates(KeyStore store) throws GeneralSecurityException {
        alexaKey = (PrivateKey) store.getKey("alexa", PASSWORD);
        alexa = (X509Certificate) store.getCertificate("alexa");
        otherKey = (PrivateKey) store.getKey("other", PASSWORD);
        other = (X509Certificate) store.getCertificate("other");
    }

    static synchronized TestCertificates get() throws Exception {
        if (instance == null) {
            Path dir = Files.createTempDirectory("alexa-test-keys");
            Path keystore = dir.resolve("keys.p12");
            keytool(keystore, "alexa", "echo-api.amazon.com");
            keytool(keystore, "other", "example.com");
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, PASSWORD);
            }
            instance = new TestCertificates(store);
        }
        return instance;
    }

    private static void keytool(Path keystore, String alias, String dnsName) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", alias, "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=" + dnsName, "-ext", "san=dns:" + dnsName, "-validity", "3650",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    static byte[] pem(X509Certificate certificate) {
        try {
            return ("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(PrivateKey key, byte[] body) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the test root is trusted. */
    Set<TrustAnchor> trustAnchors() {
        return Set.of(new TrustAnchor(alexa, null));
    }
}
