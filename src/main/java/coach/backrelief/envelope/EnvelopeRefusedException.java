package coach.backrelief.envelope;

/** A request envelope the skill will not answer; the message says why in plain words (no class names). */
public final class EnvelopeRefusedException extends RuntimeException {
    public EnvelopeRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
