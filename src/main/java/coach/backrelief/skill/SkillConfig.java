package coach.backrelief.skill;

import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.ProgressStore;
import coach.backrelief.progress.ProgressStores;
import coach.backrelief.progress.Zones;
import coach.backrelief.speech.RoutineReplies;

import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The collaborators and settings a skill is built from. Production reads the environment;
 * tests pass a seeded random source, a fixed clock and a progress store in a temporary folder.
 *
 * @param skillId   the only skill id accepted, or null to accept any (local use)
 * @param random    source of variety in wording
 * @param clock     the time, for progress (dates, streaks, "less than a day old")
 * @param audioMode how timed routine audio is delivered: APL for Audio (default) or SSML breaks
 * @param progress  where each user's progress is kept (DynamoDB or local files)
 * @param zones     the time zone that decides what "today" is
 */
public record SkillConfig(String skillId, RandomGenerator random, Clock clock, RoutineReplies.AudioMode audioMode,
                          ProgressService progress, Zones zones) {

    /**
     * Reads {@code SKILL_ID}, {@code ROUTINE_AUDIO} ({@code apla} or {@code ssml}), and the progress
     * settings ({@code PROGRESS_TABLE} or {@code PROGRESS_DIR}, {@code DEFAULT_TIME_ZONE}).
     */
    public static SkillConfig fromEnvironment() {
        return fromEnvironment(new Random(), ProgressStores.fromEnvironment(Clock.systemUTC()));
    }

    /**
     * As {@link #fromEnvironment()}, with the given random source and progress store (the Lambda
     * handler passes a re-seedable random source and the store wrapped for SnapStart priming).
     */
    public static SkillConfig fromEnvironment(RandomGenerator random, ProgressStore store) {
        String skillId = System.getenv("SKILL_ID");
        return new SkillConfig(skillId == null || skillId.isBlank() ? null : skillId.strip(),
                random, Clock.systemUTC(), audioMode(System.getenv("ROUTINE_AUDIO")),
                new ProgressService(store), Zones.fromEnvironment());
    }

    static RoutineReplies.AudioMode audioMode(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("ssml")
                ? RoutineReplies.AudioMode.SSML : RoutineReplies.AudioMode.APLA;
    }

    public SkillConfig withSkillId(String id) {
        return new SkillConfig(id, random, clock, audioMode, progress, zones);
    }

    public SkillConfig withAudioMode(RoutineReplies.AudioMode mode) {
        return new SkillConfig(skillId, random, clock, mode, progress, zones);
    }

    public SkillConfig withProgress(ProgressService service) {
        return new SkillConfig(skillId, random, clock, audioMode, service, zones);
    }
}
