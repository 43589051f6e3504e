package coach.backrelief.local;

/** A request that failed Alexa's request verification, with the one reason why. */
final class VerificationException extends Exception {
    private final Refusal refusal;

    VerificationException(Refusal refusal) {
        super(refusal.text(), null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
