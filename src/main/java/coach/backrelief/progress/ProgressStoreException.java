package coach.backrelief.progress;

/**
 * A store could not do its job this time (throttled, timed out, unreachable, unreadable record).
 * Messages name the operation and the kind of fault, never a user id.
 */
public class ProgressStoreException extends RuntimeException {
    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgressStoreException(String message) {
        super(message);
    }
}
