package coach.backrelief.lambda;

import coach.backrelief.progress.ProgressStores;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;
import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;

import java.time.Clock;

/**
 * The AWS Lambda handler ({@code coach.backrelief.lambda.BackReliefStreamHandler::handleRequest}).
 * Reads {@code SKILL_ID} from the environment: requests for any other skill are refused.
 *
 * <p>The no-argument constructor (the one Lambda calls at init) also registers {@link Priming}
 * for SnapStart.
 */
public final class BackReliefStreamHandler extends SkillStreamHandler {
    private final Priming priming;

    public BackReliefStreamHandler() {
        this(new FreshRandom(), new PrimingStore(ProgressStores.fromEnvironment(Clock.systemUTC())));
    }

    private BackReliefStreamHandler(FreshRandom random, PrimingStore store) {
        this(SkillConfig.fromEnvironment(random, store), random, store);
    }

    private BackReliefStreamHandler(SkillConfig config, FreshRandom random, PrimingStore store) {
        super(SkillFactory.create(config));
        this.priming = new Priming(this, random, store, config.skillId(), isSet("PROGRESS_TABLE")).register();
    }

    /** For tests and the local commands, which build their own skill (no priming registered). */
    public BackReliefStreamHandler(AlexaSkill skill) {
        super(skill);
        this.priming = null;
    }

    /** The priming registered at construction, or null for a handler built around a given skill. */
    public Priming priming() {
        return priming;
    }

    private static boolean isSet(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank();
    }
}
