package coach.backrelief.lambda;

import coach.backrelief.progress.ProgressStore;
import coach.backrelief.progress.StoredProgress;
import coach.backrelief.progress.UserProgress;

import java.util.Optional;

/**
 * The skill's progress store as the Lambda handler wires it: the real store, except while
 * {@link Priming} runs, when calls go to a throw-away store instead. So priming requests run the
 * store code path without reading or writing anyone's progress, and without the real client
 * fetching credentials or opening a connection that the snapshot would keep.
 */
final class PrimingStore implements ProgressStore {
    private final ProgressStore real;
    private volatile ProgressStore current;

    PrimingStore(ProgressStore real) {
        this.real = real;
        this.current = real;
    }

    void redirect(ProgressStore temporary) {
        current = temporary;
    }

    void restore() {
        current = real;
    }

    @Override
    public Optional<StoredProgress> load(String userId) {
        return current.load(userId);
    }

    @Override
    public long save(String userId, UserProgress progress, long expectedVersion) {
        return current.save(userId, progress, expectedVersion);
    }

    @Override
    public void delete(String userId) {
        current.delete(userId);
    }

    @Override
    public void prepare() {
        real.prepare();
    }
}
