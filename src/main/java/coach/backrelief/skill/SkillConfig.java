package coach.backrelief.skill;

import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The collaborators and settings a skill is built from. Production reads the environment;
 * tests pass a seeded random source and a fixed clock.
 *
 * @param skillId the only skill id accepted, or null to accept any (local use)
 * @param random  source of variety in wording
 * @param clock   the time
 */
public record SkillConfig(String skillId, RandomGenerator random, Clock clock) {

    /** Reads {@code SKILL_ID} from the environment. */
    public static SkillConfig fromEnvironment() {
        String skillId = System.getenv("SKILL_ID");
        return new SkillConfig(skillId == null || skillId.isBlank() ? null : skillId.strip(),
                new Random(), Clock.systemUTC());
    }

    public SkillConfig withSkillId(String id) {
        return new SkillConfig(id, random, clock);
    }
}
