package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a device does with one response envelope: what it says, shows, and whether the mic stays open. */
record ResponseView(List<Segment> speech, List<Segment> reprompt, String card, String screen, boolean ended,
                    JsonNode sessionAttributes) {
    private static final String APLA = "Alexa.Presentation.APLA.RenderDocument";
    private static final String APL = "Alexa.Presentation.APL.RenderDocument";
    private static final Set<String> NOT_TEXT = Set.of("type", "token", "id", "url", "src", "source", "version");
    private static final int SCREEN_TEXT_LIMIT = 300;

    /** Speech first, then the APL for Audio document, as Alexa plays them; an omitted shouldEndSession ends a voice session. */
    static ResponseView of(JsonNode envelope) {
        JsonNode response = envelope.path("response");
        List<Segment> speech = new ArrayList<>(SsmlText.segments(ssml(response.path("outputSpeech"))));
        String screen = null;
        for (JsonNode directive : response.path("directives")) {
            String type = directive.path("type").asText();
            if (type.equals(APLA)) {
                speech.addAll(AplaTimeline.segments(directive));
            } else if (type.equals(APL)) {
                screen = screenText(directive.path("datasources"));
            }
        }
        List<Segment> reprompt = new ArrayList<>(SsmlText.segments(ssml(response.path("reprompt").path("outputSpeech"))));
        for (JsonNode directive : response.path("reprompt").path("directives")) {
            if (directive.path("type").asText().equals(APLA)) {
                reprompt.addAll(AplaTimeline.segments(directive));
            }
        }
        return new ResponseView(speech, reprompt, card(response.path("card")), screen,
                response.path("shouldEndSession").asBoolean(true), envelope.path("sessionAttributes"));
    }

    private static String ssml(JsonNode outputSpeech) {
        if (outputSpeech.has("ssml")) {
            return outputSpeech.path("ssml").asText();
        }
        return outputSpeech.has("text") ? escape(outputSpeech.path("text").asText()) : "";
    }

    private static String card(JsonNode card) {
        if (card.isMissingNode()) {
            return null;
        }
        String title = card.path("title").asText("");
        String body = card.has("content") ? card.path("content").asText() : card.path("text").asText("");
        if (card.path("type").asText().equals("AskForPermissionsConsent")) {
            return "(permission request card) " + card.path("permissions");
        }
        return (title.isEmpty() ? "" : title + ": ") + body.strip().replaceAll("\\s*\n\\s*", " / ");
    }

    /** The text a screen would show: every string in the data sources that reads as words. */
    static String screenText(JsonNode datasources) {
        List<String> texts = new ArrayList<>();
        collect(datasources, null, texts);
        String joined = String.join(" | ", texts);
        return joined.length() > SCREEN_TEXT_LIMIT ? joined.substring(0, SCREEN_TEXT_LIMIT - 1) + "…" : joined;
    }

    private static void collect(JsonNode node, String key, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), field.getKey(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, key, out));
        } else if (node.isTextual() && (key == null || !NOT_TEXT.contains(key))) {
            String text = node.asText().strip();
            if (!text.isEmpty() && !text.startsWith("http") && !out.contains(text)) {
                out.add(text);
            }
        }
    }

    boolean hasReprompt() {
        return !reprompt.isEmpty();
    }

    /** Minimal XML escaping so PlainText speech runs through the same SSML reader. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
