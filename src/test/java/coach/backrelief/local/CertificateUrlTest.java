package coach.backrelief.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The SignatureCertChainUrl rules: Amazon's own examples from "host a custom skill as a web
 * service", then every trick tried against the endpoint (encoded dots and slashes, user-info,
 * queries, fragments, look-alike hosts, double encoding, control characters).
 */
class CertificateUrlTest {
    private static final AttackTally TALLY = new AttackTally("certificate URLs");
    private static final String CANONICAL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem";

    @AfterAll
    static void report() {
        TALLY.print();
    }

    /** Accepted, and reduced to one normalised URL (the fetch and cache key). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "https://s3.amazonaws.com/echo.api/echo-api-cert.pem            | " + CANONICAL,
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem        | " + CANONICAL,
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem | " + CANONICAL,
        "HTTPS://s3.AmazonAWS.COM/echo.api/echo-api-cert.pem            | " + CANONICAL,
        "https://s3.amazonaws.com/echo.api/./echo-api-cert.pem          | " + CANONICAL,
        "https://s3.amazonaws.com/echo.api/%65cho-api-cert.pem          | " + CANONICAL,
        "https://s3.amazonaws.com/echo.api/x/%2e%2e/echo-api-cert.pem   | " + CANONICAL,
        "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem         | https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem",
    })
    void acceptsAlexasCertificateUrlsInOneNormalForm(String url, String normalised) throws Exception {
        String result = CertificateUrl.check(url).toString();
        assertThat(TALLY.control(result.equals(normalised))).as(result).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // Amazon's examples of invalid URLs
        "http://s3.amazonaws.com/echo.api/echo-api-cert.pem                 | CERT_URL_SCHEME",
        "https://notamazon.com/echo.api/echo-api-cert.pem                   | CERT_URL_HOST",
        "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem                | CERT_URL_PATH",
        "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem            | CERT_URL_PATH",
        "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem            | CERT_URL_PORT",
        "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem | CERT_URL_PATH",
        // encoded dots and slashes: decoded first, then normalised
        "https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem             | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api/%2E%2E/%2E%2E/evil/cert.pem      | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api%2f..%2fevil/cert.pem             | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api/..%2fevil/cert.pem               | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api/.%2e/evil/cert.pem               | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api%2Fcert.pem/../../evil/cert.pem   | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api/%252e%252e/evil/cert.pem         | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/%5c..%5cevil/cert.pem            | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/%c0%ae%c0%ae/evil/cert.pem       | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/%00cert.pem                      | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/%zzcert.pem                      | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/cert.pem%e                       | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api\\..\\evil\\cert.pem              | CERT_URL_MALFORMED",
        // other paths
        "https://s3.amazonaws.com/echo.api                                  | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.apix/cert.pem                        | CERT_URL_PATH",
        "https://s3.amazonaws.com//echo.api/cert.pem                        | CERT_URL_PATH",
        "https://s3.amazonaws.com                                           | CERT_URL_PATH",
        "https://s3.amazonaws.com/echo.api/../../echo.apiX/cert.pem         | CERT_URL_PATH",
        // user-info, query, fragment
        "https://evil.com@s3.amazonaws.com/echo.api/cert.pem                | CERT_URL_EXTRA_PARTS",
        "https://s3.amazonaws.com@evil.com/echo.api/cert.pem                | CERT_URL_EXTRA_PARTS",
        "https://user:pass@s3.amazonaws.com/echo.api/cert.pem               | CERT_URL_EXTRA_PARTS",
        "https://s3.amazonaws.com/echo.api/cert.pem?n=1                     | CERT_URL_EXTRA_PARTS",
        "https://s3.amazonaws.com/echo.api/cert.pem?                        | CERT_URL_EXTRA_PARTS",
        "https://s3.amazonaws.com/echo.api/cert.pem#x                       | CERT_URL_EXTRA_PARTS",
        "https://s3.amazonaws.com/echo.api/cert.pem#                        | CERT_URL_EXTRA_PARTS",
        // hosts and ports
        "https://s3.amazonaws.com.evil.com/echo.api/cert.pem                | CERT_URL_HOST",
        "https://s3.amazonaws.com./echo.api/cert.pem                        | CERT_URL_HOST",
        "https://evil-s3.amazonaws.com/echo.api/cert.pem                    | CERT_URL_HOST",
        "https://s3.amazonaws.%63om/echo.api/cert.pem                       | CERT_URL_HOST",
        "https://52.216.0.1/echo.api/cert.pem                               | CERT_URL_HOST",
        "https://[::1]/echo.api/cert.pem                                    | CERT_URL_HOST",
        "https:/echo.api/cert.pem                                           | CERT_URL_HOST",
        "https://s3.amazonaws.com:8443/echo.api/cert.pem                    | CERT_URL_PORT",
        "https://s3.amazonaws.com:4430/echo.api/cert.pem                    | CERT_URL_PORT",
        "https://s3.amazonaws.com:80/echo.api/cert.pem                      | CERT_URL_PORT",
        // schemes
        "ftp://s3.amazonaws.com/echo.api/cert.pem                           | CERT_URL_SCHEME",
        "file:///echo.api/cert.pem                                          | CERT_URL_SCHEME",
        "//s3.amazonaws.com/echo.api/cert.pem                               | CERT_URL_SCHEME",
        "https:s3.amazonaws.com/echo.api/cert.pem                           | CERT_URL_MALFORMED",
        // not URLs at all, spaces, non-ASCII, header injection
        "not a url at all                                                   | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/cert .pem                        | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/çert.pem                         | CERT_URL_MALFORMED",
        "https://s3.amazonaws.com/echo.api/cert.pem\\rX-Evil: 1             | CERT_URL_MALFORMED",
    })
    void refusesEveryTrick(String url, Refusal expected) {
        VerificationException refused = catchThrowableOfType(VerificationException.class,
                () -> CertificateUrl.check(url.replace("\\r", "\r")));
        assertThat(TALLY.forged(refused != null)).as(url).isTrue();
        assertThat(refused.refusal()).as(url).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "NULL", value = {"NULL", "''", "'   '"})
    void aMissingUrlIsSaidSo(String url) {
        VerificationException refused = catchThrowableOfType(VerificationException.class, () -> CertificateUrl.check(url));
        assertThat(TALLY.forged(refused != null)).isTrue();
        assertThat(refused.refusal()).isEqualTo(Refusal.NO_CERT_URL);
    }
}
