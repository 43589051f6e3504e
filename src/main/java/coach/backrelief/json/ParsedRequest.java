package coach.backrelief.json;

import com.amazon.ask.request.impl.BaseSkillRequest;

import java.util.Map;

/** A request envelope's bytes with the value the gate already parsed from them, so nothing parses it twice. */
public final class ParsedRequest extends BaseSkillRequest {
    private final Map<String, Object> envelope;

    public ParsedRequest(byte[] bytes, Map<String, Object> envelope) {
        super(bytes);
        this.envelope = envelope;
    }

    public Map<String, Object> envelope() {
        return envelope;
    }
}
