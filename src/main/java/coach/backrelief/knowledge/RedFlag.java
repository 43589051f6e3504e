package coach.backrelief.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * The red-flag groups of the shared safety notes (NHS, NICE NG59, ACP, Mayo Clinic), each with the
 * care tier it calls for. The ids are also the value ids of the {@code Symptom} slot type and the
 * group names of the triage vocabulary ({@code content/<locale>/triage.json}).
 */
public enum RedFlag {
    SADDLE(Tier.EMERGENCY),
    BLADDER_BOWEL(Tier.EMERGENCY),
    SEXUAL(Tier.EMERGENCY),
    BOTH_LEGS(Tier.EMERGENCY),
    LEG_WEAKNESS(Tier.EMERGENCY),
    FALL_INJURY(Tier.EMERGENCY),
    CHEST_BREATH(Tier.EMERGENCY),
    FEVER_UNWELL(Tier.URGENT),
    WEIGHT_LOSS(Tier.URGENT),
    LUMP_SHAPE(Tier.URGENT),
    REST_NIGHT(Tier.URGENT),
    ONE_LEG(Tier.URGENT),
    HISTORY(Tier.URGENT),
    AGE_50(Tier.URGENT),
    NOT_IMPROVING(Tier.ROUTINE),
    DAILY_LIFE(Tier.ROUTINE),
    WORSENING(Tier.ROUTINE),
    NOT_COPING(Tier.ROUTINE);

    /** How soon the user needs care, most urgent first. */
    public enum Tier {
        /** Call the emergency number or go to the emergency department now. */
        EMERGENCY,
        /** See a doctor today, or call the nurse line. */
        URGENT,
        /** Book an appointment with a doctor or physiotherapist. */
        ROUTINE;

        /** True when this tier is more urgent than {@code other}. */
        public boolean above(Tier other) {
            return other == null || compareTo(other) < 0;
        }
    }

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
