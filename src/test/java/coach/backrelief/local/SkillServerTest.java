package coach.backrelief.local;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillFactory;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SkillServerTest {
    private static final String ALEXA_CERT_URL = "https://s3.amazonaws.com/echo.api/test-alexa.pem";
    private static final String OTHER_CERT_URL = "https://s3.amazonaws.com/echo.api/test-other.pem";
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger fetches = new AtomicInteger();
    private SkillServer server;

    private SkillServer start(boolean verify) throws Exception {
        return start(verify, null);
    }

    private SkillServer start(boolean verify, String skillId) throws Exception {
        RequestVerifier verifier = null;
        if (verify) {
            TestCertificates keys = TestCertificates.get();
            Map<String, byte[]> published = Map.of(ALEXA_CERT_URL, TestCertificates.pem(keys.alexa),
                    OTHER_CERT_URL, TestCertificates.pem(keys.other));
            CertificateFetcher fetcher = url -> {
                fetches.incrementAndGet();
                byte[] pem = published.get(url.toString());
                if (pem == null) {
                    throw new IOException("404");
                }
                return pem;
            };
            verifier = new RequestVerifier(new SigningCertificates(fetcher, keys.trustAnchors(), Clock.systemUTC()),
                    Clock.systemUTC());
        }
        server = new SkillServer(new BackReliefStreamHandler(SkillFactory.create(SkillDriver.config(1).withSkillId(skillId))),
                verifier, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> post(byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] launchAt(Instant when) {
        return Requests.launch().at(when).json().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> signed(byte[] body, String certUrl, byte[] signedBytes) throws Exception {
        return post(body, "SignatureCertChainUrl", certUrl,
                "Signature-256", TestCertificates.sign(TestCertificates.get().alexaKey, signedBytes));
    }

    @Test
    void withVerificationOffARequestGetsTheSkillsResponse() throws Exception {
        start(false);
        HttpResponse<String> response = post(launchAt(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(new ObjectMapper().readTree(response.body()).path("response").path("outputSpeech").path("ssml").asText())
                .contains("not medical advice");
    }

    @Test
    void aCorrectlySignedFreshRequestIsAnsweredAndTheCertificateIsFetchedOnce() throws Exception {
        start(true);
        for (int i = 0; i < 3; i++) {
            byte[] body = launchAt(Instant.now());
            HttpResponse<String> response = signed(body, ALEXA_CERT_URL, body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("What would you like?");
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void unsignedBadUrlBadSignatureStaleAndWrongCertificateRequestsAreRejected() throws Exception {
        start(true);
        byte[] body = launchAt(Instant.now());
        var keys = TestCertificates.get();
        assertThat(post(body)).satisfies(r -> assertRejected(r, "no SignatureCertChainUrl"));
        assertThat(post(body, "SignatureCertChainUrl", ALEXA_CERT_URL))
                .satisfies(r -> assertRejected(r, "no Signature-256"));
        assertThat(signed(body, "http://s3.amazonaws.com/echo.api/test-alexa.pem", body))
                .satisfies(r -> assertRejected(r, "not https"));
        assertThat(signed(body, "https://s3.amazonaws.com/echo.api/../evil/test-alexa.pem", body))
                .satisfies(r -> assertRejected(r, "/echo.api/"));
        assertThat(signed(body, ALEXA_CERT_URL, launchAt(Instant.now())))
                .satisfies(r -> assertRejected(r, "does not match"));
        assertThat(post(body, "SignatureCertChainUrl", ALEXA_CERT_URL, "Signature-256", "bm90IGEgc2lnbmF0dXJl"))
                .satisfies(r -> assertRejected(r, "does not match"));
        byte[] stale = launchAt(Instant.now().minusSeconds(200));
        assertThat(signed(stale, ALEXA_CERT_URL, stale)).satisfies(r -> assertRejected(r, "150 s"));
        assertThat(post(body, "SignatureCertChainUrl", OTHER_CERT_URL,
                "Signature-256", TestCertificates.sign(keys.otherKey, body)))
                .satisfies(r -> assertRejected(r, "not for echo-api.amazon.com"));
    }

    private static void assertRejected(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("request verification failed").contains(reason).doesNotContain("\tat ");
    }

    @Test
    void aRequestForAnotherSkillIs400() throws Exception {
        start(false, "amzn1.ask.skill.someone-else");
        HttpResponse<String> response = post(launchAt(Instant.now()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("the skill refused the request");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        start(false);
        HttpResponse<String> response = post("{\"request\":".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("malformed JSON").hasLineCount(1);
    }

    @Test
    void bodiesOverTheCapAre413ByContentLengthOrByReading() throws Exception {
        start(false);
        assertThat(post(new byte[SkillServer.MAX_BODY_BYTES + 1]).statusCode()).isEqualTo(413);
        assertThat(raw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n")).startsWith("HTTP/1.1 413");
        String chunk = Integer.toHexString(SkillServer.MAX_BODY_BYTES + 10) + "\r\n"
                + "x".repeat(SkillServer.MAX_BODY_BYTES + 10) + "\r\n0\r\n\r\n";
        assertThat(raw("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk))
                .startsWith("HTTP/1.1 413");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[64];
            int n = in.read(head);
            return new String(head, 0, Math.max(n, 0), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void otherMethodsAre405AndHealthIs200() throws Exception {
        start(true);
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
    }

    @Test
    void concurrentRequestsAreAllAnswered() throws Exception {
        start(false);
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inFlight.add(client.sendAsync(HttpRequest.newBuilder(uri("/"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(launchAt(Instant.now()))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var response : inFlight) {
            assertThat(response.get().statusCode()).isEqualTo(200);
            assertThat(response.get().body()).contains("What would you like?");
        }
    }

    /** Headers and body go out without the ~40 ms delayed-ACK stall per small response. */
    @Test
    void smallResponsesDoNotStallOnDelayedAcks() throws Exception {
        start(false);
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).GET().build();
        client.send(health, HttpResponse.BodyHandlers.ofString());
        long began = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            client.send(health, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(400));
    }
}
