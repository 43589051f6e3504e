package coach.backrelief.content;

/** Content files are missing, malformed or incomplete for a locale. */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
