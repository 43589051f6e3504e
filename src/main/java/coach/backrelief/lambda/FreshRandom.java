package coach.backrelief.lambda;

import java.security.SecureRandom;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The skill's source of variety in wording, re-seeded after a SnapStart restore so that instances
 * restored from one snapshot do not all pick the same wordings. Seeds come from {@link SecureRandom},
 * which the Lambda Java runtimes keep unique across restores.
 */
final class FreshRandom implements RandomGenerator {
    private volatile Random delegate = seeded();

    /** A new seed; called from {@link Priming#afterRestore}. */
    void reseed() {
        delegate = seeded();
    }

    private static Random seeded() {
        return new Random(new SecureRandom().nextLong());
    }

    @Override
    public long nextLong() {
        return delegate.nextLong();
    }

    @Override
    public int nextInt() {
        return delegate.nextInt();
    }

    @Override
    public int nextInt(int bound) {
        return delegate.nextInt(bound);
    }
}
