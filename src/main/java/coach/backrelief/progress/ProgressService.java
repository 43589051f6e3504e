package coach.backrelief.progress;

import coach.backrelief.faults.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * What the skill calls to read, change and forget a user's progress. Store faults never escape:
 * they become "not available this time" with one WARN line (the kind of fault, never the user id
 * nor a stack trace), and nothing stored before is touched.
 *
 * <p><b>No lost updates.</b> An update saves on condition that the stored version is still the
 * one its record was read at. On a conflict it re-reads the newer record and applies the same
 * change to it (the merge: changes are functions, so they compose with whatever another request
 * saved), and tries again after a short random pause (at most {@value #CONFLICT_PAUSE_MAX_MILLIS} ms), for
 * up to {@value #CONFLICT_BUDGET_MILLIS} ms. Each conflict means another writer succeeded, so
 * writers make progress; only a user whose record changes non-stop for that long loses the
 * update (WARN, not saved). It never overwrites newer progress. (A single retry, as before, lost
 * updates with 16 writers on one record: see {@code ConcurrentProgressTest}.)
 *
 * <p><b>Later.</b> {@link #updateLater} runs an update on one background thread, so an answer
 * that must not wait for storage (a red flag) is sent first.
 */
public final class ProgressService {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressService.class);
    static final int CONFLICT_BUDGET_MILLIS = 1000;
    static final int CONFLICT_PAUSE_MAX_MILLIS = 5;
    private final ProgressStore store;
    /** How long a read waits for the same user's background writes still running (see {@link #read}). */
    static final Duration READ_AFTER_WRITE_WAIT = Duration.ofMillis(60);
    private final BackgroundWrites later = new BackgroundWrites();
    private final ConcurrentHashMap<String, Integer> pendingLater = new ConcurrentHashMap<>();

    private final long conflictBudgetMillis;

    public ProgressService(ProgressStore store) {
        this(store, CONFLICT_BUDGET_MILLIS);
    }

    /** With another budget for retrying conflicts (tests that measure lost updates, not the budget). */
    ProgressService(ProgressStore store, long conflictBudgetMillis) {
        this.store = store;
        this.conflictBudgetMillis = conflictBudgetMillis;
    }

    /**
     * Reads once; call it at most once per request and keep the result. When a background update of
     * the same user is still queued or running (a red flag's clearing, held up by a slow store or a
     * Lambda freeze), the read first waits for it, up to {@link #READ_AFTER_WRITE_WAIT}, so a user
     * never meets the progress from before their own last answer.
     */
    public ProgressRead read(String userId) {
        if (pendingLater.containsKey(userId) && !later.await(READ_AFTER_WRITE_WAIT)) {
            LOG.warn("progress read before this user's background update finished ({} ms)",
                    READ_AFTER_WRITE_WAIT.toMillis());
        }
        return readNow(userId);
    }

    private ProgressRead readNow(String userId) {
        try {
            return store.load(userId).map(ProgressRead::of).orElseGet(ProgressRead::nothingStored);
        } catch (RuntimeException e) {
            warn("read", e);
            return ProgressRead.unavailable();
        }
    }

    /** Reads, applies {@code change} and saves; see {@link #update(String, ProgressRead, UnaryOperator)}. */
    public Optional<UserProgress> update(String userId, UnaryOperator<UserProgress> change) {
        ProgressRead basis = read(userId);
        return basis.available() ? update(userId, basis, change) : Optional.empty();
    }

    /**
     * Applies {@code change} to a record read earlier in this request and saves it conditionally
     * on that read's version, so a request reads once and writes once. Nothing is written when the
     * change leaves the record as it was, or when {@code basis} was unavailable.
     *
     * @return the record as saved (or unchanged), empty if it could not be saved this time
     */
    public Optional<UserProgress> update(String userId, ProgressRead basis, UnaryOperator<UserProgress> change) {
        if (!basis.available()) {
            return Optional.empty();
        }
        UserProgress changed = change.apply(basis.progress());
        if (changed.equals(basis.progress())) {
            return Optional.of(changed);
        }
        try {
            store.save(userId, changed, basis.version());
            return Optional.of(changed);
        } catch (ConflictException first) {
            return retry(userId, change);
        } catch (RuntimeException e) {
            warn("saved", e);
            return Optional.empty();
        }
    }

    private Optional<UserProgress> retry(String userId, UnaryOperator<UserProgress> change) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(conflictBudgetMillis);
        try {
            while (true) {
                pause();
                ProgressRead newer = store.load(userId).map(ProgressRead::of).orElseGet(ProgressRead::nothingStored);
                UserProgress merged = change.apply(newer.progress());
                try {
                    if (!merged.equals(newer.progress())) {
                        store.save(userId, merged, newer.version());
                    }
                    return Optional.of(merged);
                } catch (ConflictException again) {
                    if (System.nanoTime() - deadline > 0) {
                        LOG.warn("progress not saved this time: changed concurrently for {} ms", conflictBudgetMillis);
                        return Optional.empty();
                    }
                }
            }
        } catch (RuntimeException e) {
            warn("saved", e);
            return Optional.empty();
        }
    }

    /** A random pause before a retry, so writers that just collided do not collide again in step. */
    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(CONFLICT_PAUSE_MAX_MILLIS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * As {@link #update(String, UnaryOperator)}, on a background thread, returning at once. Faults
     * are logged as for {@code update}. Under Lambda the instance may be frozen as soon as the
     * answer is returned: the write then finishes when the instance next runs, or not at all if it
     * is retired (it is conditional, so a late write never overwrites newer progress).
     */
    public void updateLater(String userId, UnaryOperator<UserProgress> change) {
        pendingLater.merge(userId, 1, Integer::sum);
        boolean queued = later.submit(() -> {
            try {
                ProgressRead basis = readNow(userId); // not read(): this is the update a read would wait for
                if (basis.available()) {
                    update(userId, basis, change);
                }
            } finally {
                done(userId);
            }
        });
        if (!queued) {
            done(userId);
        }
    }

    private void done(String userId) {
        pendingLater.computeIfPresent(userId, (id, n) -> n == 1 ? null : n - 1);
    }

    /** Waits until the background updates queued so far are done (tests, shutdown); false on timeout. */
    public boolean awaitLater(Duration limit) {
        return later.await(limit);
    }

    /**
     * Deletes everything stored for the user ("forget my progress").
     *
     * @return false if the store failed; then say so, nothing was deleted for sure
     */
    public boolean forget(String userId) {
        try {
            store.delete(userId);
            return true;
        } catch (RuntimeException e) {
            warn("deleted", e);
            return false;
        }
    }

    private static void warn(String what, RuntimeException e) {
        String kind = e instanceof ProgressStoreException ? e.getMessage() : Faults.describe(e);
        LOG.warn("progress not {} this time: {}", what, kind);
    }
}
