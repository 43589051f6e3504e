package coach.backrelief.envelope;

import coach.backrelief.json.JsonTree;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts or refuses a request envelope before the SDK dispatches it. Accepted: a JSON object with a
 * {@code request} object that has a type; optional parts ({@code context}, {@code session}, ids) may be
 * missing, as Alexa sometimes omits them. Refused, with a reason in plain words: not JSON, a key given
 * twice, no request, a known field of the wrong type or a timestamp that is not a date and time, and,
 * when a skill id is set, an application id that is missing, empty or foreign in any place Alexa puts it.
 *
 * <p>The envelope is read once, with jackson-core's streaming parser into plain values
 * ({@link JsonTree}); no databind on this path.
 */
public final class EnvelopeGate {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,64})'");
    private static final String[] TEXT = {"version", "request/type", "request/requestId", "request/locale",
        "request/timestamp", "request/intent/name", "session/sessionId", "session/application/applicationId",
        "session/user/userId", "context/System/application/applicationId", "context/System/user/userId"};
    private static final String[] OBJECTS = {"session", "session/application", "session/user", "session/attributes",
        "context", "context/System", "context/System/application", "context/System/user", "context/System/device",
        "request/intent", "request/intent/slots"};
    private static final String[] ID_PLACES = {"session/application/applicationId",
        "context/System/application/applicationId"};

    private final String skillId;

    /** @param skillId the only application id accepted, or null to accept any */
    public EnvelopeGate(String skillId) {
        this.skillId = skillId;
    }

    /**
     * An envelope the gate let through: its parsed value and the bytes to hand to the SDK (the
     * same bytes, or, when Alexa omitted {@code context} or its {@code System}, the envelope with an
     * empty {@code context.System}, which the SDK's service clients need).
     */
    public record Admitted(Map<String, Object> envelope, byte[] bytes) {
    }

    /**
     * Reads the envelope once and accepts or refuses it.
     *
     * @throws EnvelopeRefusedException when the skill cannot answer it, with why in one short line
     */
    @SuppressWarnings("unchecked")
    public Admitted inspect(byte[] body) {
        if (body == null || body.length == 0) {
            throw new EnvelopeRefusedException("empty input: expected a JSON request envelope");
        }
        Object root;
        try {
            root = JsonTree.parse(body);
        } catch (JsonProcessingException e) {
            Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            throw new EnvelopeRefusedException(m.find() ? "the key \"" + m.group(1) + "\" is given twice" : "malformed JSON");
        } catch (IOException | RuntimeException e) {
            throw new EnvelopeRefusedException("malformed JSON");
        }
        Optional<String> refusal = refusal(root);
        if (refusal.isPresent()) {
            throw new EnvelopeRefusedException(refusal.get());
        }
        Map<String, Object> envelope = (Map<String, Object>) root;
        if (JsonTree.at(envelope, "context/System") instanceof Map) {
            return new Admitted(envelope, body);
        }
        Map<String, Object> context = envelope.get("context") instanceof Map<?, ?> c ? (Map<String, Object>) c
                : new LinkedHashMap<>();
        envelope.put("context", context);
        context.put("System", new LinkedHashMap<String, Object>());
        return new Admitted(envelope, JsonTree.write(envelope));
    }

    private Optional<String> refusal(Object root) {
        if (!(root instanceof Map)) {
            return Optional.of("not a request envelope: expected a JSON object");
        }
        if (!(JsonTree.at(root, "request") instanceof Map)) {
            return Optional.of("the request has no \"request\" object");
        }
        if (!(JsonTree.at(root, "request/type") instanceof String)) {
            return Optional.of("not a request envelope: the request has no type");
        }
        for (String path : OBJECTS) {
            Object node = JsonTree.at(root, path);
            if (node != null && !(node instanceof Map)) {
                return Optional.of(dotted(path) + " should be an object");
            }
        }
        for (String path : TEXT) {
            Object node = JsonTree.at(root, path);
            if (node != null && !(node instanceof String)) {
                return Optional.of(dotted(path) + " should be text");
            }
        }
        if (JsonTree.at(root, "request/timestamp") instanceof String timestamp) {
            try {
                OffsetDateTime.parse(timestamp);
            } catch (DateTimeParseException e) {
                return Optional.of("request.timestamp is not a date and time");
            }
        }
        return skillId == null ? Optional.empty() : foreignId(root);
    }

    private Optional<String> foreignId(Object root) {
        boolean any = false;
        for (String path : ID_PLACES) {
            int cut = path.lastIndexOf('/');
            if (!(JsonTree.at(root, path.substring(0, cut)) instanceof Map<?, ?> parent)) {
                continue;
            }
            Object id = parent.get("applicationId");
            if (!(id instanceof String text) || text.isBlank()) {
                return Optional.of(dotted(path) + " is missing or empty");
            }
            if (!text.equals(skillId)) {
                return Optional.of("the request is for another skill (" + dotted(path) + ")");
            }
            any = true;
        }
        return any ? Optional.empty() : Optional.of("the request names no application id");
    }

    private static String dotted(String path) {
        return path.replace('/', '.');
    }
}
