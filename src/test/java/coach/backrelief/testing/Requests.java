package coach.backrelief.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds real Alexa request envelopes (JSON), the way the Alexa service sends them. */
public final class Requests {
    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";
    public static final String USER_ID = "amzn1.ask.account.TESTUSER";
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final String type;
    private String intent;
    private final Map<String, String[]> slots = new LinkedHashMap<>();
    private String locale = "en-US";
    private boolean newSession = true;
    private boolean inSession = true;
    private Map<String, Object> attributes = Map.of();
    private String sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
    private boolean screen;
    private Instant timestamp = Instant.parse("2026-11-30T09:00:00Z");
    private String applicationId = SKILL_ID;
    private String userId = USER_ID;
    private String apiEndpoint = "https://api.amazonalexa.com";
    private String apiAccessToken;
    private ObjectNode extra;
    private String grantedScope;

    private Requests(String type) {
        this.type = type;
    }

    public static Requests launch() {
        return new Requests("LaunchRequest");
    }

    public static Requests intent(String name) {
        Requests r = new Requests("IntentRequest");
        r.intent = name;
        return r;
    }

    public static Requests sessionEnded() {
        return new Requests("SessionEndedRequest");
    }

    public static Requests ofType(String type) {
        return new Requests(type);
    }

    /** A slot whose spoken value resolved to the slot type value {@code id}. */
    public Requests slot(String name, String spoken, String id) {
        slots.put(name, new String[]{spoken, id});
        return this;
    }

    /** A slot Alexa heard but could not match to a value. */
    public Requests unresolvedSlot(String name, String spoken) {
        slots.put(name, new String[]{spoken, null});
        return this;
    }

    public Requests locale(String tag) {
        this.locale = tag;
        return this;
    }

    public Requests continuing(String sessionId, Map<String, Object> attributes) {
        this.newSession = false;
        this.sessionId = sessionId;
        this.attributes = attributes == null ? Map.of() : attributes;
        return this;
    }

    public Requests attributes(Map<String, Object> attributes) {
        this.newSession = false;
        this.attributes = attributes;
        return this;
    }

    public Requests outOfSession() {
        this.inSession = false;
        return this;
    }

    public Requests screen(boolean screen) {
        this.screen = screen;
        return this;
    }

    public Requests at(Instant timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    public Requests applicationId(String id) {
        this.applicationId = id;
        return this;
    }

    /** The Alexa API endpoint and access token the request carries (none by default: no API is called). */
    public Requests api(String endpoint, String token) {
        this.apiEndpoint = endpoint;
        this.apiAccessToken = token;
        return this;
    }

    /** The user has granted this permission scope (it shows in context.System.user.permissions). */
    public Requests permission(String scope) {
        this.grantedScope = scope;
        return this;
    }

    public Requests user(String userId) {
        this.userId = userId;
        return this;
    }

    /** Extra fields merged into the request object (for example APL UserEvent arguments). */
    public Requests requestFields(ObjectNode fields) {
        this.extra = fields;
        return this;
    }

    public ObjectNode toJsonNode() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", "1.0");
        ObjectNode application = MAPPER.createObjectNode().put("applicationId", applicationId);
        ObjectNode user = MAPPER.createObjectNode().put("userId", userId);
        if (grantedScope != null) {
            ObjectNode permissions = user.putObject("permissions").put("consentToken", "test-consent-token");
            permissions.putObject("scopes").putObject(grantedScope).put("status", "GRANTED");
        }
        if (inSession) {
            ObjectNode session = root.putObject("session");
            session.put("new", newSession);
            session.put("sessionId", sessionId);
            session.set("application", application.deepCopy());
            session.set("attributes", MAPPER.valueToTree(attributes));
            session.set("user", user.deepCopy());
        }
        ObjectNode system = root.putObject("context").putObject("System");
        system.set("application", application);
        system.set("user", user);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device.TESTDEVICE");
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.3");
            ((ObjectNode) root.get("context")).putObject("Viewport").put("shape", "RECTANGLE").put("pixelWidth", 1280)
                    .put("pixelHeight", 800);
        }
        system.put("apiEndpoint", apiEndpoint);
        if (apiAccessToken != null) {
            system.put("apiAccessToken", apiAccessToken);
        }
        ObjectNode request = root.putObject("request");
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", timestamp.toString());
        request.put("locale", locale);
        if (type.equals("SessionEndedRequest")) {
            request.put("reason", "USER_INITIATED");
        }
        if (intent != null) {
            ObjectNode intentNode = request.putObject("intent");
            intentNode.put("name", intent);
            intentNode.put("confirmationStatus", "NONE");
            ObjectNode slotsNode = intentNode.putObject("slots");
            slots.forEach((name, value) -> {
                ObjectNode slot = slotsNode.putObject(name);
                slot.put("name", name);
                slot.put("value", value[0]);
                slot.put("confirmationStatus", "NONE");
                ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
                authority.put("authority", "amzn1.er-authority.echo-sdk." + applicationId + "." + name);
                authority.putObject("status").put("code", value[1] == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
                if (value[1] != null) {
                    ArrayNode values = authority.putArray("values");
                    values.addObject().putObject("value").put("name", value[0]).put("id", value[1]);
                }
            });
        }
        if (extra != null) {
            request.setAll(extra);
        }
        return root;
    }

    public String json() {
        return toJsonNode().toString();
    }
}
