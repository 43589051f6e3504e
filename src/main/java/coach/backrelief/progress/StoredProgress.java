package coach.backrelief.progress;

/**
 * A progress record as a store holds it, with its optimistic-locking version: 0 means "not
 * stored yet"; each save makes it one higher. The version lives here, not in {@link UserProgress},
 * so a change applied to the record can never alter it.
 */
public record StoredProgress(UserProgress progress, long version) {
}
