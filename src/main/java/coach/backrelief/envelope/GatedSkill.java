package coach.backrelief.envelope;

import coach.backrelief.json.ParsedRequest;
import com.amazon.ask.AlexaSkill;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A skill behind the {@link EnvelopeGate}: a refused envelope never reaches the SDK; it is logged in one
 * line (no stack trace) and answered with an {@link EnvelopeRefusedException}. An admitted one goes on
 * as a {@link ParsedRequest}, with the value the gate parsed, so the fast reader need not parse it again.
 */
public final class GatedSkill<Q, R> implements AlexaSkill<Q, R> {
    private static final Logger LOG = LoggerFactory.getLogger(GatedSkill.class);

    private final AlexaSkill<Q, R> skill;
    private final EnvelopeGate gate;

    public GatedSkill(AlexaSkill<Q, R> skill, String skillId) {
        this.skill = skill;
        this.gate = new EnvelopeGate(skillId);
    }

    @Override
    public SkillResponse<R> execute(SkillRequest request, Object context) {
        EnvelopeGate.Admitted admitted;
        try {
            admitted = gate.inspect(request.getRawRequest());
        } catch (EnvelopeRefusedException refused) {
            LOG.warn("request refused: {}", refused.getMessage());
            throw refused;
        }
        return skill.execute(new ParsedRequest(admitted.bytes(), admitted.envelope()), context);
    }
}
