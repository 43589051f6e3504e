package coach.backrelief.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real HTTPS fetcher's bounds, against a local host (over plain HTTP) that misbehaves on purpose. */
class CertificateFetcherTest {
    /** Any bytes stand for a chain here: the fetcher does not parse. */
    private static final byte[] CHAIN = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private HttpServer host;
    private final CertificateFetcher fetcher = CertificateFetcher.https();

    @BeforeEach
    void start() throws IOException {
        host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        host.setExecutor(Executors.newCachedThreadPool());
        host.createContext("/chain.pem", exchange -> reply(exchange, 200, CHAIN));
        host.createContext("/huge.pem", exchange -> reply(exchange, 200, new byte[CertificateFetcher.MAX_CHAIN_BYTES + 1]));
        host.createContext("/missing.pem", exchange -> reply(exchange, 404, new byte[0]));
        host.createContext("/moved.pem", exchange -> {
            exchange.getResponseHeaders().set("Location", url("/chain.pem").toString());
            reply(exchange, 302, new byte[0]);
        });
        host.createContext("/hangs.pem", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, CHAIN);
        });
        host.start();
    }

    @AfterEach
    void stop() {
        host.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + host.getAddress().getPort() + path);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void aChainIsFetched() throws IOException {
        assertThat(fetcher.fetch(url("/chain.pem"))).isEqualTo(CHAIN);
    }

    @Test
    void aResponseOverTheSizeLimitIsRefused() {
        assertThatThrownBy(() -> fetcher.fetch(url("/huge.pem"))).isInstanceOf(IOException.class);
    }

    @Test
    void aMissingChainAndARedirectAreFailures() {
        assertThatThrownBy(() -> fetcher.fetch(url("/missing.pem"))).isInstanceOf(IOException.class).hasMessage("HTTP 404");
        assertThatThrownBy(() -> fetcher.fetch(url("/moved.pem"))).isInstanceOf(IOException.class).hasMessage("HTTP 302");
    }

    @Test
    void aHostThatDoesNotAnswerIsGivenUpAtTheTimeout() {
        long began = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(url("/hangs.pem"))).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began))
                .isBetween(SigningCertificates.FETCH_TIMEOUT.minusMillis(100), SigningCertificates.FETCH_TIMEOUT.plusSeconds(1));
    }
}
