package coach.backrelief.lambda;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The synthetic requests {@link Priming} sends through the skill before a SnapStart snapshot: the
 * paths a real first request takes (envelope parsing, the interceptors, each handler family,
 * SSML, APL for Audio and APL rendering, response serialisation). They use a made-up user, session
 * and device; the timestamps are fixed, so nothing about the moment of the snapshot is kept.
 */
final class PrimingRequests {
    static final String USER = "amzn1.ask.account.SNAPSTART-PRIMING";
    /** Used when the skill accepts any id (no SKILL_ID). */
    static final String ANY_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private static final String SCREEN = "\"Alexa.Presentation.APL\":{\"runtime\":{\"maxVersion\":\"2024.3\"}}";
    private static final String VIEWPORT = ",\"Viewport\":{\"shape\":\"RECTANGLE\",\"pixelWidth\":1280,\"pixelHeight\":800}";
    /** Mid-routine state: the quick routine, first stretch played, safety question answered. */
    private static final String IN_ROUTINE = "{\"brc\":{\"v\":1,\"r\":\"QUICK|0|0|P|s|1796029200000|0\",\"s\":1}}";

    /** The last stretch played: "next" finishes the routine and saves progress (to the temporary store). */
    private static final String LAST_STRETCH = "{\"brc\":{\"v\":1,\"r\":\"QUICK|2|0|P|s|1796029200000|7\",\"s\":1}}";

    private PrimingRequests() {
    }

    /** Launch, a question (and its yes follow-up), help, a routine start, steps with and without a screen, the routine's end, progress, stop. */
    static List<byte[]> all(String skillId) {
        String id = skillId == null ? ANY_SKILL : skillId;
        return List.of(
                envelope(id, true, "{}", false, "\"type\":\"LaunchRequest\""),
                envelope(id, false, "{}", false, intent("CausesIntent")),
                envelope(id, false, "{\"brc\":{\"v\":1,\"q\":\"OFFER_TOPIC\",\"qa\":\"PREVENTION\"}}", false,
                        intent("AMAZON.YesIntent")),
                envelope(id, false, "{}", false, intent("AMAZON.HelpIntent")),
                envelope(id, false, "{}", true, intent("StartRoutineIntent")),
                envelope(id, false, IN_ROUTINE, false, intent("AMAZON.NextIntent")),
                envelope(id, false, IN_ROUTINE, true, intent("AMAZON.NextIntent")),
                envelope(id, false, IN_ROUTINE, true, intent("AMAZON.PauseIntent")),
                envelope(id, false, LAST_STRETCH, false, intent("AMAZON.NextIntent")),
                envelope(id, false, "{}", false, intent("ProgressIntent")),
                envelope(id, false, "{}", false, intent("AMAZON.StopIntent")),
                envelope(id, false, "{}", false, "\"type\":\"SessionEndedRequest\",\"reason\":\"USER_INITIATED\""));
    }

    private static String intent(String name) {
        return "\"type\":\"IntentRequest\",\"intent\":{\"name\":\"" + name + "\",\"confirmationStatus\":\"NONE\",\"slots\":{}}";
    }

    private static byte[] envelope(String skillId, boolean newSession, String attributes, boolean screen, String request) {
        String app = "{\"applicationId\":\"" + skillId + "\"}";
        String user = "{\"userId\":\"" + USER + "\"}";
        String json = "{\"version\":\"1.0\","
                + "\"session\":{\"new\":" + newSession + ",\"sessionId\":\"amzn1.echo-api.session.priming\","
                + "\"application\":" + app + ",\"attributes\":" + attributes + ",\"user\":" + user + "},"
                + "\"context\":{\"System\":{\"application\":" + app + ",\"user\":" + user + ","
                + "\"device\":{\"deviceId\":\"amzn1.ask.device.PRIMING\",\"supportedInterfaces\":{" + (screen ? SCREEN : "") + "}}"
                + ",\"apiEndpoint\":\"https://api.amazonalexa.com\"}" + (screen ? VIEWPORT : "") + "},"
                + "\"request\":{" + request + ",\"requestId\":\"amzn1.echo-api.request.priming\","
                + "\"timestamp\":\"2026-11-30T09:01:00Z\",\"locale\":\"en-US\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
