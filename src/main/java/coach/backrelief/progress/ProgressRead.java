package coach.backrelief.progress;

/**
 * What {@link ProgressService#read} found.
 *
 * @param progress  the user's record; {@link UserProgress#empty()} for a new user or when unavailable
 * @param version   the stored version it was read at (0: nothing stored); pass the whole read back
 *                  to {@link ProgressService#update(String, ProgressRead, java.util.function.UnaryOperator)}
 * @param available false when the store failed this time: say nothing about progress, and nothing
 *                  will be saved on top of this read
 */
public record ProgressRead(UserProgress progress, long version, boolean available) {

    static ProgressRead of(StoredProgress stored) {
        return new ProgressRead(stored.progress(), stored.version(), true);
    }

    static ProgressRead nothingStored() {
        return new ProgressRead(UserProgress.empty(), 0, true);
    }

    public static ProgressRead unavailable() {
        return new ProgressRead(UserProgress.empty(), -1, false);
    }
}
