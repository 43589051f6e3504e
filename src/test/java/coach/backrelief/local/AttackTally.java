package coach.backrelief.local;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts what one attack test class threw at the endpoint, printed when the class ends: forged
 * requests (each must be refused) and legitimate controls (each must be accepted).
 */
final class AttackTally {
    private final String name;
    private final AtomicInteger forged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger controls = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    AttackTally(String name) {
        this.name = name;
    }

    /** Records one forgery and whether it was refused; returns that, for the assertion. */
    boolean forged(boolean wasRefused) {
        forged.incrementAndGet();
        if (wasRefused) {
            refused.incrementAndGet();
        }
        return wasRefused;
    }

    /** Records one legitimate control and whether it was accepted; returns that. */
    boolean control(boolean wasAccepted) {
        controls.incrementAndGet();
        if (wasAccepted) {
            accepted.incrementAndGet();
        }
        return wasAccepted;
    }

    void print() {
        System.out.printf("attack suite · %s: %d forged, %d refused; %d controls, %d accepted%n",
                name, forged.get(), refused.get(), controls.get(), accepted.get());
    }
}
