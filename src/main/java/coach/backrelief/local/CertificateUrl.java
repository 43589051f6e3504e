package coach.backrelief.local;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The rules for {@code SignatureCertChainUrl}: https, host s3.amazonaws.com (any case), port absent
 * or 443, and a normalised path starting {@code /echo.api/} (case-sensitive).
 */
final class CertificateUrl {
    private CertificateUrl() {
    }

    static URI check(String url) throws VerificationException {
        if (url == null || url.isBlank()) {
            throw new VerificationException("no SignatureCertChainUrl header");
        }
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new VerificationException("SignatureCertChainUrl is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new VerificationException("SignatureCertChainUrl is not https");
        }
        if (!"s3.amazonaws.com".equalsIgnoreCase(uri.getHost())) {
            throw new VerificationException("SignatureCertChainUrl host is not s3.amazonaws.com");
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            throw new VerificationException("SignatureCertChainUrl port is not 443");
        }
        if (uri.getPath() == null || !uri.getPath().startsWith("/echo.api/")) {
            throw new VerificationException("SignatureCertChainUrl path does not start with /echo.api/");
        }
        return uri;
    }
}
