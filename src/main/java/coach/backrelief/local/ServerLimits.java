package coach.backrelief.local;

import java.time.Duration;

/**
 * What one client may take from {@code serve}.
 *
 * @param requestDeadline whole-request read deadline: from a request's first byte (or the
 *                        connection's opening) to the last byte of its body
 * @param idleTimeout     how long a keep-alive connection may sit between requests
 * @param maxConnections  connections open at once; beyond it, new ones wait in the accept queue
 * @param maxBodyBytes    largest body answered; larger ones get 413
 * @param drainBytes      a refused body up to this size is read and dropped, so the connection stays usable
 * @param lingerBytes     after a 413 that closes the connection, what the client still sends is read
 *                        and dropped up to this many bytes, so that it reads the 413 instead of a reset
 * @param lingerTime      and for at most this long
 * @param workers         threads that verify requests and run the skill
 * @param queuedRequests  requests waiting for a worker; beyond it, 503
 */
record ServerLimits(Duration requestDeadline, Duration idleTimeout, int maxConnections, int maxBodyBytes,
                    long drainBytes, long lingerBytes, Duration lingerTime, int workers, int queuedRequests) {

    static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_CONNECTIONS = 512;
    static final int MAX_BODY_BYTES = 256 * 1024;
    static final long DRAIN_BYTES = 1024 * 1024;
    static final long LINGER_BYTES = 64L * 1024 * 1024;
    static final Duration LINGER_TIME = Duration.ofSeconds(2);

    /** The production limits with this many workers. */
    static ServerLimits defaults(int workers) {
        return new ServerLimits(REQUEST_DEADLINE, IDLE_TIMEOUT, MAX_CONNECTIONS, MAX_BODY_BYTES, DRAIN_BYTES,
                LINGER_BYTES, LINGER_TIME, workers, workers * 32);
    }

    ServerLimits withDeadlines(Duration request, Duration idle) {
        return new ServerLimits(request, idle, maxConnections, maxBodyBytes, drainBytes, lingerBytes, lingerTime,
                workers, queuedRequests);
    }
}
