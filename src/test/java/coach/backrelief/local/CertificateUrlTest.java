package coach.backrelief.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SignatureCertChainUrl examples from Amazon's "host a custom skill as a web service" page. */
class CertificateUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
        "HTTPS://s3.AmazonAWS.COM/echo.api/echo-api-cert.pem",
    })
    void acceptsAlexasCertificateUrls(String url) {
        assertThatCode(() -> CertificateUrl.check(url)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
        "https://notamazon.com/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
        "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
        "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem",
        "not a url at all",
        " ",
    })
    void rejectsEverythingElse(String url) {
        assertThatThrownBy(() -> CertificateUrl.check(url)).isInstanceOf(VerificationException.class);
    }
}
