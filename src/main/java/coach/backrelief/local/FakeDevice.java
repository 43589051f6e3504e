package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Builds request envelopes as Alexa sends them from one Echo: a stable fake user and device, the
 * locale, the current time, and APL support when the device has a screen.
 */
final class FakeDevice {
    static final String USER_ID = "amzn1.ask.account.LOCAL-CONSOLE-USER";
    static final String DEVICE_ID = "amzn1.ask.device.LOCAL-CONSOLE-DEVICE";
    static final String LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000000c0de";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String applicationId;
    private final String locale;
    private final boolean screen;
    private final Clock clock;

    /** The session a request belongs to: its id, whether it is new, and the attributes carried in. */
    record Session(String id, boolean isNew, JsonNode attributes) {
        static Session start() {
            return new Session("amzn1.echo-api.session." + UUID.randomUUID(), true, null);
        }
    }

    FakeDevice(String applicationId, String locale, boolean screen, Clock clock) {
        this.applicationId = applicationId == null ? LOCAL_SKILL_ID : applicationId;
        this.locale = locale;
        this.screen = screen;
        this.clock = clock;
    }

    ObjectNode launch(Session session) {
        return envelope(session, "LaunchRequest");
    }

    ObjectNode intent(Session session, Understood understood, InteractionModel model) {
        ObjectNode root = envelope(session, "IntentRequest");
        ObjectNode intent = ((ObjectNode) root.path("request")).putObject("intent");
        intent.put("name", understood.intent());
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        InteractionModel.IntentModel declared = model.intent(understood.intent());
        if (declared != null) {
            declared.slots().keySet().forEach(name -> slots.putObject(name).put("name", name)
                    .put("confirmationStatus", "NONE"));
        }
        for (Understood.Slot heard : understood.slots()) {
            ObjectNode slot = slots.putObject(heard.name());
            slot.put("name", heard.name());
            slot.put("value", heard.spoken());
            slot.put("confirmationStatus", "NONE");
            slot.put("source", "USER");
            ObjectNode slotValue = slot.putObject("slotValue").put("type", "Simple").put("value", heard.spoken());
            if (!heard.builtIn()) {
                ObjectNode resolutions = resolutions(heard);
                slot.set("resolutions", resolutions);
                slotValue.set("resolutions", resolutions.deepCopy());
            }
        }
        if (slots.isEmpty()) {
            intent.remove("slots");
        }
        return root;
    }

    /** A SessionEndedRequest with a reason such as {@code EXCEEDED_MAX_REPROMPTS} or {@code USER_INITIATED}. */
    ObjectNode sessionEnded(Session session, String reason) {
        ObjectNode root = envelope(session, "SessionEndedRequest");
        ((ObjectNode) root.path("request")).put("reason", reason);
        return root;
    }

    /** Entity resolution as Alexa writes it: authority per slot type, ER_SUCCESS_MATCH with the value id, or NO_MATCH. */
    private ObjectNode resolutions(Understood.Slot heard) {
        ObjectNode resolutions = MAPPER.createObjectNode();
        ObjectNode authority = resolutions.putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + applicationId + "." + heard.type());
        authority.putObject("status").put("code", heard.matched() ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
        if (heard.matched()) {
            String id = heard.id() != null ? heard.id() : generatedId(heard.canonical());
            authority.putArray("values").addObject().putObject("value")
                    .put("name", heard.canonical()).put("id", id);
        }
        return resolutions;
    }

    /** Alexa gives values without an id in the model a generated 32-hex id. */
    private static String generatedId(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode envelope(Session session, String type) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", "1.0");
        ObjectNode application = MAPPER.createObjectNode().put("applicationId", applicationId);
        ObjectNode user = MAPPER.createObjectNode().put("userId", USER_ID);
        ObjectNode sessionNode = root.putObject("session");
        sessionNode.put("new", session.isNew());
        sessionNode.put("sessionId", session.id());
        sessionNode.set("application", application.deepCopy());
        if (session.attributes() != null && !session.attributes().isEmpty()) {
            sessionNode.set("attributes", session.attributes().deepCopy());
        }
        sessionNode.set("user", user.deepCopy());
        ObjectNode system = root.putObject("context").putObject("System");
        system.set("application", application);
        system.set("user", user);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", DEVICE_ID);
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.3");
            // where Alexa puts it: context.Viewport, beside System
            ((ObjectNode) root.get("context")).putObject("Viewport").put("shape", "RECTANGLE").put("pixelWidth", 1280)
                    .put("pixelHeight", 800).put("dpi", 160);
        }
        // no apiAccessToken: the console never calls Alexa's APIs (time zone, reminders), it has no device
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        ObjectNode request = root.putObject("request");
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        request.put("locale", locale);
        return root;
    }
}
