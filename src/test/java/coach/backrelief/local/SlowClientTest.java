package coach.backrelief.local;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillFactory;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.AfterAll;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static coach.backrelief.local.VerificationFixture.ALEXA_URL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that try to hold the server: trickling headers or bodies a byte at a time, sending "P"
 * and then nothing, connecting and saying nothing, and forged requests that make it fetch from a
 * slow certificate host. {@code /health} and a signed request must still be answered within
 * 100 ms, and every such client must be cut off at its deadline.
 */
class SlowClientTest {
    private static final AttackTally TALLY = new AttackTally("slow clients and slow fetches");
    private static final Duration BUDGET = Duration.ofMillis(100);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> sockets = new ArrayList<>();
    private VerificationFixture fixture;
    private SkillServer server;

    private void start(ServerLimits limits) throws Exception {
        fixture = new VerificationFixture();
        server = new SkillServer(new BackReliefStreamHandler(SkillFactory.create(SkillDriver.config(1)), SkillDriver.config(1).skillId()), fixture.verifier,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
        server.stop(Duration.ZERO);
    }

    @AfterAll
    static void report() {
        TALLY.print();
    }

    private enum Kind { TRICKLE_HEAD, TRICKLE_BODY, ONE_BYTE, SILENT }

    /** Opens {@code count} connections of each kind; the tricklers send a byte every 250 ms. */
    private void openSlowClients(int count) throws IOException {
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.setSoTimeout(15_000);
                sockets.add(socket);
                OutputStream out = socket.getOutputStream();
                switch (kind) {
                    case TRICKLE_HEAD -> {
                        out.write("POST / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                        trickle.scheduleWithFixedDelay(() -> write(out), 250, 250, TimeUnit.MILLISECONDS);
                    }
                    case TRICKLE_BODY -> {
                        out.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
                        trickle.scheduleWithFixedDelay(() -> write(out), 250, 250, TimeUnit.MILLISECONDS);
                    }
                    case ONE_BYTE -> out.write('P');
                    case SILENT -> { }
                }
                out.flush();
            }
        }
    }

    private static void write(OutputStream out) {
        try {
            out.write('a');
            out.flush();
        } catch (IOException e) {
            // closed by the server: that is the point
        }
    }

    private HttpRequest health() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build();
    }

    /** A launch request signed by Alexa's key (signed here, before any timing starts). */
    private HttpRequest signedLaunch() {
        byte[] body = fixture.launchNow();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .header("SignatureCertChainUrl", ALEXA_URL)
                .header("Signature-256", TestCertificates.sign(fixture.keys.alexaKey, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Milliseconds each request took from sending to the whole answer, sorted; checks each status. */
    private long[] timed(int times, java.util.function.Supplier<HttpRequest> prepare, int status) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            requests.add(prepare.get());
        }
        long[] millis = new long[times];
        for (int i = 0; i < times; i++) {
            long began = System.nanoTime();
            HttpResponse<String> response = client.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - began) / 1_000_000;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        }
        Arrays.sort(millis);
        return millis;
    }

    /**
     * A round of 30 timed requests; if its slowest took the budget or more, one more round (the build
     * machine is shared: one scheduling hiccup elsewhere is not the server's delay). Returns the last round.
     */
    private long[] roundWithinBudget(java.util.function.Supplier<HttpRequest> prepare) throws Exception {
        long[] round = timed(30, prepare, 200);
        if (round[round.length - 1] >= BUDGET.toMillis()) {
            System.out.println("slowest of the first round: " + round[round.length - 1] + " ms; measuring again");
            round = timed(30, prepare, 200);
        }
        return round;
    }

    private static String summary(long[] sorted) {
        return "median " + sorted[sorted.length / 2] + " ms, max " + sorted[sorted.length - 1] + " ms";
    }

    @Test
    void twoHundredSlowClientsDoNotDelayHealthOrASignedRequest() throws Exception {
        start(ServerLimits.defaults(4));
        timed(5, this::health, 200); // warm up: class loading, JIT, the certificate fetch
        timed(5, this::signedLaunch, 200);
        openSlowClients(50);
        Thread.sleep(500); // let every kind settle into holding its connection
        assertThat(server.openConnections()).as("slow clients connected").isGreaterThanOrEqualTo(200);

        long[] health = roundWithinBudget(this::health);
        long[] signed = roundWithinBudget(this::signedLaunch);
        System.out.printf("200 slow clients connected: /health %s; signed request %s%n", summary(health), summary(signed));
        assertThat(TALLY.control(health[health.length - 1] < BUDGET.toMillis())).as(summary(health)).isTrue();
        assertThat(TALLY.control(signed[signed.length - 1] < BUDGET.toMillis())).as(summary(signed)).isTrue();
        assertThat(server.openConnections()).as("still connected while measured").isGreaterThanOrEqualTo(200);
    }

    @Test
    void everySlowClientIsCutOffAtItsDeadline() throws Exception {
        start(ServerLimits.defaults(4).withDeadlines(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        openSlowClients(10);
        long began = System.nanoTime();
        for (int i = 0; i < sockets.size(); i++) {
            Kind kind = Kind.values()[i / 10];
            String text = readUntilClosed(sockets.get(i).getInputStream());
            boolean cut = kind == Kind.TRICKLE_BODY ? text.startsWith("HTTP/1.1 408") : text.isEmpty();
            assertThat(TALLY.forged(cut)).as(kind + ": " + text).isTrue();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        System.out.printf("40 slow clients, 1 s deadline: all cut off after %d ms%n", took.toMillis());
        assertThat(took).isLessThan(Duration.ofMillis(2_000));
        assertThat(client.send(health(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    /** What the server sent before it closed the connection (a reset after the close ends it too). */
    private static String readUntilClosed(InputStream in) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // reset by the server after closing: the connection is over either way
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void connectionsBeyondTheLimitWaitInTheAcceptQueueUntilAPlaceFrees() throws Exception {
        ServerLimits defaults = ServerLimits.defaults(4);
        start(new ServerLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 20, defaults.maxBodyBytes(),
                defaults.drainBytes(), defaults.lingerBytes(), defaults.lingerTime(), defaults.workers(),
                defaults.queuedRequests()));
        for (int i = 0; i < 30; i++) {
            sockets.add(new Socket(InetAddress.getLoopbackAddress(), server.port())); // silent
        }
        Thread.sleep(300);
        assertThat(server.openConnections()).isEqualTo(20);
        // the silent ones are cut at the 1 s deadline, and the queued ones, then a real request, get their turn
        long began = System.nanoTime();
        assertThat(client.send(health(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(3_500));
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        start(ServerLimits.defaults(4).withDeadlines(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        try (RawHttp http = new RawHttp(server.port())) {
            assertThat(http.health().read().status()).isEqualTo(200);
            Thread.sleep(1_500); // longer than the request deadline: an idle connection is not a slow request
            assertThat(http.health().read().status()).isEqualTo(200);
            long began = System.nanoTime();
            assertThat(http.closedByServer()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(1_800), Duration.ofMillis(3_000));
        }
    }

    @Test
    void forgedRequestsThatMakeTheServerFetchFromASlowHostDoNotDelayOthers() throws Exception {
        start(ServerLimits.defaults(4));
        timed(3, this::signedLaunch, 200); // Alexa's chain is cached
        timed(3, this::health, 200);
        fixture.published.delay = Duration.ofSeconds(5);
        int fetchesBefore = fixture.published.fetches.get();
        List<CompletableFuture<HttpResponse<String>>> forged = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            byte[] body = fixture.launchNow();
            forged.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .header("SignatureCertChainUrl", "https://s3.amazonaws.com/echo.api/slow-" + i + ".pem")
                    .header("Signature-256", "Zm9yZ2Vk")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(200);
        long[] health = roundWithinBudget(this::health);
        long[] signed = roundWithinBudget(this::signedLaunch);
        System.out.printf("100 forged requests on a 5 s certificate host: /health %s; signed request %s; %d fetches%n",
                summary(health), summary(signed), fixture.published.fetches.get() - fetchesBefore);
        assertThat(TALLY.control(health[health.length - 1] < BUDGET.toMillis())).as(summary(health)).isTrue();
        assertThat(TALLY.control(signed[signed.length - 1] < BUDGET.toMillis())).as(summary(signed)).isTrue();
        for (CompletableFuture<HttpResponse<String>> response : forged) {
            HttpResponse<String> refused = response.get(SigningCertificates.FETCH_TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
            assertThat(TALLY.forged(refused.statusCode() == 400)).isTrue();
            assertThat(refused.body()).isEqualTo("{\"error\":\"request not verified\"}");
        }
        assertThat(fixture.published.fetches.get() - fetchesBefore).isLessThanOrEqualTo(SigningCertificates.MAX_FETCHES_IN_FLIGHT);
    }
}
