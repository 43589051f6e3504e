package coach.backrelief.knowledge;

import java.util.Optional;

/**
 * What the triage made of some free text.
 *
 * @param flag    the most urgent red-flag group found (not negated), if any
 * @param clarify a numbness, tingling or weakness was described without saying where (no flag found)
 * @param pain    the words say something hurts (used during a routine: stop the stretch)
 * @param topic   the likely question topic, when no flag was found (also when a command outweighs it)
 * @param intent  what the words ask for instead, when no flag was found and that outweighs any topic
 *                (an interaction-model intent name, such as {@code AMAZON.NextIntent})
 * @param routine a routine the words name (QUICK, FULL, GENTLE), if any
 * @param minutes a number of minutes the words name, if any
 * @param act     what the words ask for when read as a command, even where a topic outweighs it
 *                ("skip this stretch please" names stretching, but in a routine it is a skip)
 */
public record Assessment(Optional<RedFlag> flag, boolean clarify, boolean pain, Optional<Topic> topic,
                         Optional<String> intent, Optional<String> routine, Optional<Integer> minutes,
                         Optional<String> act) {

    public static final Assessment NOTHING = new Assessment(Optional.empty(), false, false, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Only a red flag (for a symptom Alexa resolved to a value). */
    public static Assessment of(RedFlag flag) {
        return new Assessment(Optional.of(flag), false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Only "ask where" (for a sensation Alexa resolved without a place). */
    public static Assessment askWhere() {
        return new Assessment(Optional.empty(), true, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The tier of the flag, or null when there is none. */
    public RedFlag.Tier tier() {
        return flag.map(RedFlag::tier).orElse(null);
    }

    /** True for an emergency or urgent flag: the user needs care, not a stretch. */
    public boolean needsCare() {
        return flag.filter(f -> f.tier() != RedFlag.Tier.ROUTINE).isPresent();
    }

    /** The more urgent of two assessments (a flag beats a clarification beats nothing). */
    public Assessment orMoreUrgent(Assessment other) {
        RedFlag.Tier mine = tier();
        RedFlag.Tier theirs = other.tier();
        if (theirs != null && theirs.above(mine)) {
            return other;
        }
        if (mine == null && theirs == null && other.clarify && !clarify) {
            return other;
        }
        return this;
    }
}
