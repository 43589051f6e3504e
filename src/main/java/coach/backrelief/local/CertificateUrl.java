package coach.backrelief.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rules for {@code SignatureCertChainUrl}, in Amazon's order: the path is percent-decoded, then
 * its dot segments are removed, then the URL must be https (any case), on host s3.amazonaws.com
 * (any case), port absent or 443, with a path starting {@code /echo.api/} (case-sensitive). A URL
 * with user-info, a query or a fragment is refused, and so is anything ambiguous: characters outside
 * printable ASCII, bad or double percent-encoding, decoded control characters or backslashes.
 */
final class CertificateUrl {
    static final String HOST = "s3.amazonaws.com";
    static final String PATH_PREFIX = "/echo.api/";

    private CertificateUrl() {
    }

    /**
     * The normalised URL ({@code https://s3.amazonaws.com/echo.api/...}, no port, dot segments
     * removed): the one to fetch and the key to cache under.
     */
    static URI check(String url) throws VerificationException {
        if (url == null || url.isBlank()) {
            throw new VerificationException(Refusal.NO_CERT_URL);
        }
        String text = url.strip();
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new VerificationException(Refusal.CERT_URL_MALFORMED);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new VerificationException(Refusal.CERT_URL_MALFORMED);
        }
        if (uri.isOpaque()) {
            throw new VerificationException(Refusal.CERT_URL_MALFORMED);
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new VerificationException(Refusal.CERT_URL_EXTRA_PARTS);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new VerificationException(Refusal.CERT_URL_SCHEME);
        }
        if (!HOST.equalsIgnoreCase(uri.getHost())) {
            throw new VerificationException(Refusal.CERT_URL_HOST);
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            throw new VerificationException(Refusal.CERT_URL_PORT);
        }
        String path = removeDotSegments(decode(uri.getRawPath()));
        if (!path.startsWith(PATH_PREFIX)) {
            throw new VerificationException(Refusal.CERT_URL_PATH);
        }
        try {
            return new URI("https", null, HOST, -1, path, null, null);
        } catch (URISyntaxException e) {
            throw new VerificationException(Refusal.CERT_URL_MALFORMED);
        }
    }

    /** Strict percent-decoding as UTF-8. */
    private static String decode(String rawPath) throws VerificationException {
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int high = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(rawPath.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new VerificationException(Refusal.CERT_URL_MALFORMED);
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            throw new VerificationException(Refusal.CERT_URL_MALFORMED);
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '%' || c == '\\')) {
            throw new VerificationException(Refusal.CERT_URL_MALFORMED);
        }
        return decoded;
    }

    /** RFC 3986 section 5.2.4 on an absolute (or empty) path. */
    static String removeDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                kept.pollLast();
            }
            if (segment.equals(".") || segment.equals("..")) {
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }
}
