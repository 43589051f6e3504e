package coach.backrelief.skill;

import coach.backrelief.speech.RoutineReplies;

import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The collaborators and settings a skill is built from. Production reads the environment;
 * tests pass a seeded random source and a fixed clock.
 *
 * @param skillId   the only skill id accepted, or null to accept any (local use)
 * @param random    source of variety in wording
 * @param clock     the time (when a request carries no timestamp)
 * @param audioMode how timed routine audio is delivered: APL for Audio (default) or SSML breaks
 */
public record SkillConfig(String skillId, RandomGenerator random, Clock clock, RoutineReplies.AudioMode audioMode) {

    /** Reads {@code SKILL_ID} and {@code ROUTINE_AUDIO} ({@code apla} or {@code ssml}) from the environment. */
    public static SkillConfig fromEnvironment() {
        String skillId = System.getenv("SKILL_ID");
        return new SkillConfig(skillId == null || skillId.isBlank() ? null : skillId.strip(),
                new Random(), Clock.systemUTC(), audioMode(System.getenv("ROUTINE_AUDIO")));
    }

    static RoutineReplies.AudioMode audioMode(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("ssml")
                ? RoutineReplies.AudioMode.SSML : RoutineReplies.AudioMode.APLA;
    }

    public SkillConfig withSkillId(String id) {
        return new SkillConfig(id, random, clock, audioMode);
    }

    /** The same settings with another random source (the Lambda handler's, re-seeded after a SnapStart restore). */
    public SkillConfig withRandom(RandomGenerator source) {
        return new SkillConfig(skillId, source, clock, audioMode);
    }

    public SkillConfig withAudioMode(RoutineReplies.AudioMode mode) {
        return new SkillConfig(skillId, random, clock, mode);
    }
}
