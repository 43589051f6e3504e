package coach.backrelief.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * A sensation reported without saying where (numbness, tingling, weakness). It could be a red flag
 * or nothing, so the skill asks where before choosing a tier. The ids are value ids of the
 * {@code Symptom} slot type.
 */
public enum Sensation {
    NUMBNESS, TINGLING, WEAKNESS;

    public static Optional<Sensation> forId(String id) {
        return Arrays.stream(values()).filter(s -> s.name().equals(id)).findFirst();
    }
}
