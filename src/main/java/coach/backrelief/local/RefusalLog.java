package coach.backrelief.local;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Logs refused requests without letting a flood of them flood the log: at most one line per reason
 * per second, each saying how many refusals it stands for. {@link #flush()} (called every tick by
 * the server) writes the counts still pending once their second has passed.
 */
final class RefusalLog {
    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private final Map<Refusal, Counter> counters = new EnumMap<>(Refusal.class);

    RefusalLog(Consumer<String> sink, LongSupplier nanoTime) {
        this.sink = sink;
        this.nanoTime = nanoTime;
        for (Refusal refusal : Refusal.values()) {
            counters.put(refusal, new Counter(nanoTime.getAsLong() - INTERVAL_NANOS));
        }
    }

    void record(Refusal refusal) {
        Counter counter = counters.get(refusal);
        synchronized (counter) {
            counter.pending++;
            counter.total++;
        }
        write(refusal, counter);
    }

    void flush() {
        counters.forEach(this::write);
    }

    /** Refusals for this reason since the server started. */
    long total(Refusal refusal) {
        Counter counter = counters.get(refusal);
        synchronized (counter) {
            return counter.total;
        }
    }

    private void write(Refusal refusal, Counter counter) {
        long count;
        synchronized (counter) {
            long now = nanoTime.getAsLong();
            if (counter.pending == 0 || now - counter.lastLine < INTERVAL_NANOS) {
                return;
            }
            count = counter.pending;
            counter.pending = 0;
            counter.lastLine = now;
        }
        sink.accept("400 request not verified: " + refusal.text() + " (" + count + (count == 1 ? " request)" : " requests)"));
    }

    private static final class Counter {
        long pending;
        long total;
        long lastLine;

        Counter(long lastLine) {
            this.lastLine = lastLine;
        }
    }
}
