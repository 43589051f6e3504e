package coach.backrelief.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts or refuses a request envelope before the SDK dispatches it. Accepted: a JSON object with a
 * {@code request} object that has a type; optional parts ({@code context}, {@code session}, ids) may be
 * missing, as Alexa sometimes omits them. Refused, with a reason in plain words: not JSON, a key given
 * twice, no request, a known field of the wrong type or a timestamp that is not a date and time, and,
 * when a skill id is set, an application id that is missing, empty or foreign in any place Alexa puts it.
 */
public final class EnvelopeGate {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
     * The bytes to hand to the SDK: the same bytes, or, when Alexa omitted {@code context} or its
     * {@code System}, the envelope with an empty {@code context.System} (the SDK's service clients
     * need one). The envelope is parsed once, here.
     *
     * @throws EnvelopeRefusedException when the skill cannot answer it, with why in one short line
     */
    public byte[] admit(byte[] body) {
        if (body == null || body.length == 0) {
            throw new EnvelopeRefusedException("empty input: expected a JSON request envelope");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            throw new EnvelopeRefusedException(m.find() ? "the key \"" + m.group(1) + "\" is given twice" : "malformed JSON");
        } catch (java.io.IOException e) {
            throw new EnvelopeRefusedException("malformed JSON");
        }
        Optional<String> refusal = refusal(root);
        if (refusal.isPresent()) {
            throw new EnvelopeRefusedException(refusal.get());
        }
        if (root.path("context").path("System").isObject()) {
            return body;
        }
        ObjectNode object = (ObjectNode) root;
        ObjectNode context = object.path("context").isObject() ? (ObjectNode) object.get("context")
                : object.putObject("context");
        context.putObject("System");
        try {
            return STRICT.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new EnvelopeRefusedException("malformed JSON");
        }
    }

    private Optional<String> refusal(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Optional.of("not a request envelope: expected a JSON object");
        }
        if (!root.path("request").isObject()) {
            return Optional.of("the request has no \"request\" object");
        }
        if (!root.path("request").path("type").isTextual()) {
            return Optional.of("not a request envelope: the request has no type");
        }
        for (String path : OBJECTS) {
            JsonNode node = at(root, path);
            if (node != null && !node.isNull() && !node.isObject()) {
                return Optional.of(dotted(path) + " should be an object");
            }
        }
        for (String path : TEXT) {
            JsonNode node = at(root, path);
            if (node != null && !node.isNull() && !node.isTextual()) {
                return Optional.of(dotted(path) + " should be text");
            }
        }
        JsonNode timestamp = at(root, "request/timestamp");
        if (timestamp != null && timestamp.isTextual()) {
            try {
                OffsetDateTime.parse(timestamp.asText());
            } catch (DateTimeParseException e) {
                return Optional.of("request.timestamp is not a date and time");
            }
        }
        return skillId == null ? Optional.empty() : foreignId(root);
    }

    private Optional<String> foreignId(JsonNode root) {
        boolean any = false;
        for (String path : ID_PLACES) {
            int cut = path.lastIndexOf('/');
            JsonNode parent = at(root, path.substring(0, cut));
            if (parent == null || parent.isNull()) {
                continue;
            }
            JsonNode id = parent.get("applicationId");
            if (id == null || id.isNull() || id.asText().isBlank()) {
                return Optional.of(dotted(path) + " is missing or empty");
            }
            if (!id.asText().equals(skillId)) {
                return Optional.of("the request is for another skill (" + dotted(path) + ")");
            }
            any = true;
        }
        return any ? Optional.empty() : Optional.of("the request names no application id");
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String key : path.split("/")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(key);
        }
        return node;
    }

    private static String dotted(String path) {
        return path.replace('/', '.');
    }
}
