package coach.backrelief.local;

import coach.backrelief.envelope.EnvelopeRefusedException;
import coach.backrelief.lambda.BackReliefStreamHandler;
import com.amazon.ask.exception.AskSdkException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The skill as a web service for Alexa's HTTPS-endpoint hosting (behind a TLS-terminating proxy):
 * POST {@code /} with a request envelope, GET {@code /health} for liveness.
 *
 * <p>Jetty reads and parses requests without a thread per connection, so slow or silent clients
 * hold no thread; {@link ConnectionDeadlines} and the body deadline bound how long they hold a
 * connection, and at most {@link ServerLimits#maxConnections()} are open. Jetty's threads only
 * route, answer {@code /health} and read bodies; verification and the skill run on a bounded pool
 * of workers (full: 503), and a certificate fetch holds no worker while it runs.
 *
 * <p>Unverified requests get 400 {@value #NOT_VERIFIED} whatever the reason; the reason is logged
 * through {@link RefusalLog}, at most one line per reason per second.
 */
final class SkillServer {
    static final String NOT_VERIFIED = "request not verified";
    private static final long TICK_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SkillServer.class);

    private final BackReliefStreamHandler skill;
    private final RequestVerifier verifier;
    private final ServerLimits limits;
    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService ticker;
    private final ConnectionDeadlines deadlines;
    private final RefusalLog refusals = new RefusalLog(LOG::warn, System::nanoTime);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** @param verifier null turns verification off (loopback testing only; the caller enforces that) */
    SkillServer(BackReliefStreamHandler skill, RequestVerifier verifier, InetSocketAddress address, int threads) {
        this(skill, verifier, address, ServerLimits.defaults(threads));
    }

    SkillServer(BackReliefStreamHandler skill, RequestVerifier verifier, InetSocketAddress address, ServerLimits limits) {
        this.skill = skill;
        this.verifier = verifier;
        this.limits = limits;
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queuedRequests()), daemon("skill-worker"), new ThreadPoolExecutor.AbortPolicy());
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("serve-ticker"));
        this.deadlines = new ConnectionDeadlines(limits.requestDeadline().toNanos(), limits.idleTimeout().toNanos(), System::nanoTime);

        QueuedThreadPool io = new QueuedThreadPool(32, 4);
        io.setName("serve-io");
        io.setDaemon(true);
        server = new Server(io);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        connector.addBean(deadlines);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setErrorHandler(new JsonErrors());
        server.setHandler(new GracefulHandler(new Routes()));
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    void start() throws IOException {
        try {
            server.start();
        } catch (Exception e) { // a port in use, most often
            throw new IOException(firstLine(e.getMessage()), e);
        }
        ticker.scheduleWithFixedDelay(() -> {
            deadlines.sweep();
            refusals.flush();
        }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Connections open now. */
    int openConnections() {
        return deadlines.open();
    }

    RefusalLog refusals() {
        return refusals;
    }

    /** Stops accepting, lets requests in flight finish for up to {@code drain}, then stops the workers. */
    void stop(Duration drain) {
        LOG.info("stopping: finishing requests in flight (up to {} s)", drain.toSeconds());
        server.setStopTimeout(Math.max(1, drain.toMillis()));
        try {
            server.stop();
        } catch (TimeoutException e) {
            LOG.info("stopping: requests still in flight after {} ms were cut off", drain.toMillis());
        } catch (Exception e) {
            LOG.warn("stopping: {}", firstLine(e.getMessage()));
        }
        ticker.shutdownNow();
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

    /**
     * The skill's answer to a request body that passed verification (or to any body, with
     * verification off). The one place the server hands a request to the skill.
     */
    Reply answer(byte[] body) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            skill.handleRequest(new ByteArrayInputStream(body), response, null);
        } catch (EnvelopeRefusedException e) {
            return Reply.error(400, e.getMessage());
        } catch (AskSdkException e) {
            return Reply.error(400, "the skill refused the request: " + firstLine(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.error("500: the skill failed: {}", firstLine(e.getMessage()));
            return Reply.error(500, "internal error");
        }
        return Reply.json(response.toByteArray());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline > 0 ? message.substring(0, newline) : message).strip();
    }

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Callback done = deadlines.busy(request.getConnectionMetaData().getConnection(), callback);
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            if (path.equals("/health")) {
                boolean read = method.equals("GET") || method.equals("HEAD");
                send(response, done, read ? Reply.text(200, "ok\n") : Reply.error(405, "GET /health"));
            } else if (!path.equals("/")) {
                send(response, done, Reply.error(404, "not found: POST an Alexa request envelope to /"));
            } else if (!method.equals("POST")) {
                response.getHeaders().put(HttpHeader.ALLOW, "POST");
                send(response, done, Reply.error(405, "POST an Alexa request envelope to /"));
            } else {
                receive(request, response, done);
            }
            return true;
        }
    }

    /** Reads the body within the request deadline, then hands it to a worker. */
    private void receive(Request request, Response response, Callback done) {
        long elapsed = System.nanoTime() - request.getBeginNanoTime();
        long left = Math.max(1, limits.requestDeadline().toNanos() - elapsed);
        List<String> certUrl = request.getHeaders().getValuesList(RequestVerifier.CERT_URL_HEADER);
        List<String> signature = request.getHeaders().getValuesList(RequestVerifier.SIGNATURE_HEADER);
        BodyReader.read(request, limits.maxBodyBytes(), limits.drainBytes())
                .orTimeout(left, TimeUnit.NANOSECONDS)
                .whenComplete((body, failure) -> {
                    if (failure instanceof TimeoutException) {
                        send(response, done, Reply.error(408, "the request took too long to arrive").closing());
                    } else if (failure != null) {
                        done.failed(failure);
                    } else if (body.tooLarge()) {
                        Reply tooLarge = Reply.error(413, "request body over " + limits.maxBodyBytes() + " bytes");
                        if (body.drained()) {
                            send(response, done, tooLarge);
                        } else {
                            send(response, lingering(request, done), tooLarge.closing());
                        }
                    } else {
                        work(response, done, () -> verifyThenAnswer(certUrl, signature, body.bytes(), response, done));
                    }
                });
    }

    /**
     * After a closing answer is written: reads and drops what the client is still sending (up to
     * {@link ServerLimits#lingerBytes}, for up to {@link ServerLimits#lingerTime}), then lets the
     * connection close, so that the client reads the answer instead of a reset.
     */
    private Callback lingering(Request request, Callback done) {
        return Callback.from(() -> BodyReader.discard(request, limits.lingerBytes())
                .completeOnTimeout(null, limits.lingerTime().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, failure) -> done.succeeded()), done::failed);
    }

    private void verifyThenAnswer(List<String> certUrl, List<String> signature, byte[] body, Response response, Callback done) {
        if (verifier == null) {
            send(response, done, answer(body));
            return;
        }
        CompletableFuture<Void> verified = verifier.verify(name -> name.equals(RequestVerifier.CERT_URL_HEADER)
                ? certUrl : signature, body);
        if (verified.isDone()) {
            afterVerification(verified, body, response, done);
        } else {
            verified.whenComplete((ok, failure) -> work(response, done, () -> afterVerification(verified, body, response, done)));
        }
    }

    private void afterVerification(CompletableFuture<Void> verified, byte[] body, Response response, Callback done) {
        Throwable failure = verified.handle((ok, error) -> error).join();
        if (failure == null) {
            send(response, done, answer(body));
            return;
        }
        Refusal refusal = RequestVerifier.refusalOf(failure);
        if (refusal == null) {
            LOG.error("500: verification failed unexpectedly: {}", firstLine(failure.getMessage()));
            send(response, done, Reply.error(500, "internal error"));
            return;
        }
        refusals.record(refusal);
        send(response, done, Reply.error(400, NOT_VERIFIED));
    }

    /** Runs request work on a worker; when all are busy and the queue is full, answers 503 at once. */
    private void work(Response response, Callback done, Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            send(response, done, Reply.error(503, "busy, try again").closing());
        }
    }

    /** Status, headers and the whole body in one write, with a known Content-Length. */
    private static void send(Response response, Callback done, Reply reply) {
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        headers.put(new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, reply.body().length));
        if (reply.close()) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(reply.body()), done);
    }
}
