package coach.backrelief.local;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.Callback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Closes connections that hold a place without sending a request. Jetty parses request heads
 * without a thread per connection, so a slow client costs no thread; this bounds how long it can
 * keep its connection. Each connection is in one of three phases:
 * <ul>
 *   <li><b>head</b>: from the connection's opening, or from the first byte after an idle spell, the
 *       request head must be complete within the request deadline (a client sending one byte a
 *       second, or "P" and then nothing, is closed then);</li>
 *   <li><b>busy</b>: the handler has the request (it enforces the deadline on the body itself);</li>
 *   <li><b>idle</b>: between requests on a keep-alive connection, closed after the idle timeout.</li>
 * </ul>
 * {@link #sweep()} runs every server tick, so a deadline holds to within one tick.
 */
final class ConnectionDeadlines implements Connection.Listener {
    private enum Phase { HEAD, BUSY, IDLE }

    private final long deadlineNanos;
    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();

    ConnectionDeadlines(long deadlineNanos, long idleNanos, LongSupplier nanoTime) {
        this.deadlineNanos = deadlineNanos;
        this.idleNanos = idleNanos;
        this.nanoTime = nanoTime;
    }

    @Override
    public void onOpened(Connection connection) {
        watched.put(connection, new Watch(nanoTime.getAsLong()));
    }

    @Override
    public void onClosed(Connection connection) {
        watched.remove(connection);
    }

    /** Marks the connection busy with a request; the returned callback marks it idle when the response is done. */
    Callback busy(Connection connection, Callback callback) {
        Watch watch = watched.get(connection);
        if (watch == null) {
            return callback;
        }
        watch.enter(Phase.BUSY, 0, 0);
        return new Callback() {
            @Override
            public void succeeded() {
                watch.enter(Phase.IDLE, nanoTime.getAsLong(), connection.getBytesIn());
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                watch.enter(Phase.IDLE, nanoTime.getAsLong(), connection.getBytesIn());
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }

    /** Closes every connection past its deadline; returns how many. */
    int sweep() {
        long now = nanoTime.getAsLong();
        int closed = 0;
        for (Map.Entry<Connection, Watch> entry : watched.entrySet()) {
            if (entry.getValue().expired(now, entry.getKey().getBytesIn(), deadlineNanos, idleNanos)) {
                entry.getKey().getEndPoint().close(); // abrupt: no half-parsed request is answered
                closed++;
            }
        }
        return closed;
    }

    /** Connections open now. */
    int open() {
        return watched.size();
    }

    private static final class Watch {
        private Phase phase = Phase.HEAD;
        private long since;
        private long bytesAtIdle;

        Watch(long since) {
            this.since = since;
        }

        synchronized void enter(Phase next, long now, long bytesIn) {
            phase = next;
            since = now;
            bytesAtIdle = bytesIn;
        }

        synchronized boolean expired(long now, long bytesIn, long deadline, long idle) {
            if (phase == Phase.IDLE && bytesIn > bytesAtIdle) {
                phase = Phase.HEAD; // the next request has begun
                since = now;
            }
            return switch (phase) {
                case HEAD -> now - since > deadline;
                case IDLE -> now - since > idle;
                case BUSY -> false;
            };
        }
    }
}
