package coach.backrelief.lambda;

import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;
import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;

/**
 * The AWS Lambda handler ({@code coach.backrelief.lambda.BackReliefStreamHandler::handleRequest}).
 * Reads {@code SKILL_ID} from the environment: requests for any other skill are refused.
 */
public final class BackReliefStreamHandler extends SkillStreamHandler {

    public BackReliefStreamHandler() {
        this(SkillFactory.create(SkillConfig.fromEnvironment()));
    }

    /** For tests and the local commands, which build their own skill. */
    public BackReliefStreamHandler(AlexaSkill skill) {
        super(skill);
    }
}
