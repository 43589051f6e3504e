package coach.backrelief.local;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.exception.AskSdkException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The skill as a web service for Alexa's HTTPS-endpoint hosting (behind a TLS-terminating proxy):
 * POST {@code /} with a request envelope, GET {@code /health} for liveness. Every request is verified
 * unless verification is off; failures get 400 and one log line. Bodies above {@link #MAX_BODY_BYTES}
 * get 413. A bounded pool of worker threads handles requests (when it is full, the accepting thread
 * runs the request itself, which slows intake instead of dropping requests).
 */
final class SkillServer {
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final java.util.concurrent.atomic.AtomicInteger WORKER_NUMBER = new java.util.concurrent.atomic.AtomicInteger();
    private static final Logger LOG = LoggerFactory.getLogger(SkillServer.class);

    static {
        // The JDK server flushes headers and body as separate packets; without TCP_NODELAY a small
        // response waits ~40 ms for the client's delayed ACK. Read once, when the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SkillStreamHandler skill;
    private final RequestVerifier verifier;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * @param verifier null turns verification off (loopback testing only; the caller enforces that)
     */
    SkillServer(SkillStreamHandler skill, RequestVerifier verifier, InetSocketAddress address, int threads)
            throws IOException {
        this.skill = skill;
        this.verifier = verifier;
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 8), SkillServer::workerThread, new ThreadPoolExecutor.CallerRunsPolicy());
        this.server = HttpServer.create(address, 64);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    private static Thread workerThread(Runnable task) {
        Thread thread = new Thread(task, "skill-worker-" + WORKER_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, lets requests in flight finish for up to {@code drain}, then stops the workers. */
    void stop(Duration drain) {
        LOG.info("stopping: finishing requests in flight (up to {} s)", drain.toSeconds());
        server.stop((int) Math.max(0, drain.toSeconds()));
        workers.shutdown();
        try {
            workers.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped.countDown();
    }

    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/health")) {
                respond(exchange, method.equals("GET") || method.equals("HEAD") ? 200 : 405, "ok\n");
            } else if (!path.equals("/")) {
                respond(exchange, 404, "not found\n");
            } else if (!method.equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "POST an Alexa request envelope to /\n");
            } else {
                handleSkillRequest(exchange);
            }
        }
    }

    private void handleSkillRequest(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange);
        if (body == null) {
            LOG.warn("413: request body over {} bytes", MAX_BODY_BYTES);
            exchange.getResponseHeaders().set("Connection", "close");
            respond(exchange, 413, "request body too large\n");
            return;
        }
        try {
            if (verifier != null) {
                verifier.verify(exchange.getRequestHeaders()::getFirst, body);
            }
        } catch (VerificationException e) {
            reject(exchange, "request verification failed: " + e.getMessage());
            return;
        }
        String problem = Envelopes.problem(body);
        if (problem != null) {
            reject(exchange, problem);
            return;
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            skill.handleRequest(new ByteArrayInputStream(body), response, null);
        } catch (AskSdkException e) {
            reject(exchange, "the skill refused the request: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("500: the skill failed: {}", e.toString());
            respond(exchange, 500, "internal error\n");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        send(exchange, 200, response.toByteArray());
    }

    private void reject(HttpExchange exchange, String reason) throws IOException {
        LOG.warn("400: {}", reason);
        respond(exchange, 400, reason + "\n");
    }

    /** The body, or null when it is larger than the cap (by Content-Length, or by reading past it). */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=UTF-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A known Content-Length and the body in one write. */
    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
