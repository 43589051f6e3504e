package coach.backrelief.progress;

/**
 * A stored record could not be decoded (or has a newer schema than this code knows). The record
 * is kept, never overwritten blindly; see the stores for what each does with it.
 */
public final class CorruptProgressException extends ProgressStoreException {
    public CorruptProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
