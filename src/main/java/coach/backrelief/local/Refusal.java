package coach.backrelief.local;

/**
 * Why a request was not verified. A fixed set of reasons, so that logs and counters never carry
 * text chosen by the client (a forged URL, a header value).
 */
enum Refusal {
    REPEATED_HEADER("SignatureCertChainUrl or Signature-256 is sent more than once"),
    NO_CERT_URL("no SignatureCertChainUrl header"),
    CERT_URL_MALFORMED("SignatureCertChainUrl is not a URL, or is badly percent-encoded"),
    CERT_URL_EXTRA_PARTS("SignatureCertChainUrl has user-info, a query or a fragment"),
    CERT_URL_SCHEME("SignatureCertChainUrl is not https"),
    CERT_URL_HOST("SignatureCertChainUrl host is not s3.amazonaws.com"),
    CERT_URL_PORT("SignatureCertChainUrl port is not 443"),
    CERT_URL_PATH("SignatureCertChainUrl path is not under /echo.api/"),
    NO_SIGNATURE("no Signature-256 header"),
    SIGNATURE_NOT_BASE64("Signature-256 is not base64"),
    SIGNATURE_MISMATCH("Signature-256 does not match the body"),
    BODY_NOT_JSON("the body is not one JSON object"),
    DUPLICATE_KEY("the body repeats a key"),
    TIMESTAMP_FORMAT("request.timestamp is missing or not an ISO-8601 UTC time"),
    TIMESTAMP_WINDOW("request.timestamp is more than 150 s from now"),
    CERT_FETCH_BUSY("too many certificate fetches in flight"),
    CERT_FETCH_FAILED("the certificate chain could not be fetched"),
    CERT_UNPARSEABLE("the certificate chain does not parse"),
    CERT_NOT_VALID_NOW("a certificate in the chain is expired or not yet valid"),
    CERT_WRONG_NAME("the signing certificate is not for echo-api.amazon.com"),
    CERT_UNTRUSTED("the certificate chain does not lead to a trusted root");

    private final String text;

    Refusal(String text) {
        this.text = text;
    }

    /** One line, safe to log. */
    String text() {
        return text;
    }
}
