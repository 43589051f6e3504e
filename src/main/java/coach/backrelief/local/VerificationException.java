package coach.backrelief.local;

/** A request that failed Alexa's request verification; the message says why in one line. */
final class VerificationException extends Exception {
    VerificationException(String message) {
        super(message);
    }
}
