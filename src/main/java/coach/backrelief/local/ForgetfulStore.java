package coach.backrelief.local;

import coach.backrelief.progress.ProgressStore;
import coach.backrelief.progress.StoredProgress;
import coach.backrelief.progress.UserProgress;

import java.util.Optional;

/** A progress store that keeps nothing: every request meets a new user (for evaluations that must not carry state). */
final class ForgetfulStore implements ProgressStore {
    @Override
    public Optional<StoredProgress> load(String userId) {
        return Optional.empty();
    }

    @Override
    public long save(String userId, UserProgress progress, long expectedVersion) {
        return expectedVersion + 1;
    }

    @Override
    public void delete(String userId) {
    }
}
