package coach.backrelief.envelope;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import com.amazon.ask.response.SkillResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A skill behind the {@link EnvelopeGate}: a refused envelope never reaches the SDK; it is logged in one
 * line (no stack trace) and answered with an {@link EnvelopeRefusedException}.
 */
public final class GatedSkill<Q, R> implements AlexaSkill<Q, R> {
    private static final Logger LOG = LoggerFactory.getLogger(GatedSkill.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AlexaSkill<Q, R> skill;
    private final EnvelopeGate gate;

    public GatedSkill(AlexaSkill<Q, R> skill, String skillId) {
        this.skill = skill;
        this.gate = new EnvelopeGate(skillId);
    }

    @Override
    public SkillResponse<R> execute(SkillRequest request, Object context) {
        var refusal = gate.refusal(request.getRawRequest());
        if (refusal.isPresent()) {
            LOG.warn("request refused: {}", refusal.get());
            throw new EnvelopeRefusedException(refusal.get());
        }
        return skill.execute(withSystem(request), context);
    }

    /**
     * Alexa sometimes omits {@code context} (or its {@code System}); the SDK then fails building its
     * service clients. Such an envelope goes on with an empty {@code context.System}, nothing else changed.
     */
    private static SkillRequest withSystem(SkillRequest request) {
        try {
            JsonNode root = MAPPER.readTree(request.getRawRequest());
            if (root.path("context").path("System").isObject()) {
                return request;
            }
            ObjectNode context = root.path("context").isObject() ? (ObjectNode) root.get("context")
                    : ((ObjectNode) root).putObject("context");
            context.putObject("System");
            return new BaseSkillRequest(MAPPER.writeValueAsBytes(root));
        } catch (IOException | ClassCastException e) {
            return request;
        }
    }
}
