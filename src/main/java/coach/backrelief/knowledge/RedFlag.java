package coach.backrelief.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * Symptoms a user may report, each with the care tier it calls for (see shared safety notes:
 * NHS, NICE NG59, Mayo Clinic). The ids are the value ids of the {@code Symptom} slot type.
 */
public enum RedFlag {
    SADDLE_NUMBNESS(Tier.EMERGENCY),
    BLADDER_BOWEL(Tier.EMERGENCY),
    SEXUAL_FUNCTION(Tier.EMERGENCY),
    BOTH_LEGS(Tier.EMERGENCY),
    LEG_WEAKNESS_WORSENING(Tier.EMERGENCY),
    FALL_OR_ACCIDENT(Tier.EMERGENCY),
    CHEST_PAIN(Tier.EMERGENCY),
    FEVER(Tier.EMERGENCY),
    ONE_LEG(Tier.URGENT),
    WEIGHT_LOSS(Tier.URGENT),
    NIGHT_PAIN(Tier.URGENT),
    LUMP_OR_SHAPE(Tier.URGENT),
    UNWELL(Tier.URGENT);

    /** How soon the user needs care. */
    public enum Tier { EMERGENCY, URGENT }

    private final Tier tier;

    RedFlag(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }

    public static Optional<RedFlag> forId(String id) {
        return Arrays.stream(values()).filter(f -> f.name().equals(id)).findFirst();
    }
}
