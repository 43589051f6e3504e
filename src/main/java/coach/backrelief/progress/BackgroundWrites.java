package coach.backrelief.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for writes that must not hold up an answer, started on first use. The queue is
 * bounded ({@value #QUEUE} writes): when a dead store backs it up, further writes are dropped with a
 * WARN rather than piling up memory. A daemon thread never keeps a JVM from exiting.
 */
final class BackgroundWrites {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWrites.class);
    static final int QUEUE = 256;

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "progress-later");
                thread.setDaemon(true);
                return thread;
            });

    BackgroundWrites() {
        executor.allowCoreThreadTimeOut(true);
    }

    /** @return false when the queue was full and the write was dropped (logged) */
    boolean submit(Runnable write) {
        try {
            executor.execute(write);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("progress not saved this time: {} background writes already waiting", QUEUE);
            return false;
        }
    }

    /** True once everything submitted before this call has run, false if {@code limit} passed first. */
    boolean await(Duration limit) {
        CountDownLatch done = new CountDownLatch(1);
        submit(done::countDown);
        try {
            return done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
