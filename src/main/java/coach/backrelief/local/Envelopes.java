package coach.backrelief.local;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;

/** Checks that bytes are a request envelope before they reach the skill, with one clear reason when not. */
final class Envelopes {
    private static final JacksonSerializer SERIALIZER = new JacksonSerializer();

    private Envelopes() {
    }

    /** Null when the bytes parse as a request envelope with a request; otherwise why not. */
    static String problem(byte[] body) {
        if (body.length == 0) {
            return "empty input: expected a JSON request envelope";
        }
        try {
            RequestEnvelope envelope = SERIALIZER.deserialize(new String(body, java.nio.charset.StandardCharsets.UTF_8),
                    RequestEnvelope.class);
            if (envelope == null || envelope.getRequest() == null) {
                return "not a request envelope: no \"request\" object";
            }
            if (envelope.getRequest().getLocale() == null && envelope.getRequest().getType() == null) {
                return "not a request envelope: request has no type";
            }
            return null;
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            int newline = message.indexOf('\n');
            return "malformed JSON request envelope: " + (newline > 0 ? message.substring(0, newline) : message);
        }
    }
}
