package coach.backrelief.progress;

/** A conditional save found another version than the one the caller read: someone saved in between. */
public final class ConflictException extends RuntimeException {
    public ConflictException(long expectedVersion) {
        super("progress changed since version " + expectedVersion + " was read");
    }
}
