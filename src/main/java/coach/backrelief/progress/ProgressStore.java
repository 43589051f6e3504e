package coach.backrelief.progress;

import java.util.Optional;

/**
 * Where progress records are kept, keyed by the Alexa user id. Implementations may throw
 * {@link ProgressStoreException} for any fault; {@link ProgressService} turns those into
 * "not available this time".
 */
public interface ProgressStore {

    /** The record and its version, or empty if this user has none. */
    Optional<StoredProgress> load(String userId);

    /**
     * Saves {@code progress} only if the stored version is still {@code expectedVersion}
     * (0: only if nothing is stored). A record deleted since it was read is not re-created by a
     * save expecting its old version: that is a conflict too.
     *
     * @return the new version ({@code expectedVersion + 1})
     * @throws ConflictException if the stored version differs
     */
    long save(String userId, UserProgress progress, long expectedVersion);

    /** Deletes everything stored for this user; nothing stored is fine. */
    void delete(String userId);

    /**
     * Builds now what the first call would otherwise build (a store's client), without calling
     * storage: SnapStart priming calls it so the snapshot holds the client.
     */
    default void prepare() {
    }
}
