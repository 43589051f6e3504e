package coach.backrelief.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What Alexa would do with one response envelope: what is said, shown, and whether the session stays open. */
public record Heard(JsonNode envelope) {

    JsonNode response() {
        return envelope.path("response");
    }

    /** The output speech SSML, or "" when none. */
    public String ssml() {
        return response().path("outputSpeech").path("ssml").asText("");
    }

    /** What is said, as plain text: output speech, then any APL for Audio speech. */
    public String speech() {
        StringBuilder sb = new StringBuilder(Ssml.plain(ssml()));
        for (JsonNode directive : directives("Alexa.Presentation.APLA.RenderDocument")) {
            Ssml.aplaSpeech(directive.path("document"), sb);
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    public String repromptSsml() {
        return response().path("reprompt").path("outputSpeech").path("ssml").asText("");
    }

    public String reprompt() {
        return Ssml.plain(repromptSsml());
    }

    public boolean hasReprompt() {
        return !repromptSsml().isEmpty();
    }

    /** True when the session ends after this response. */
    public boolean ended() {
        return response().path("shouldEndSession").asBoolean(false);
    }

    public boolean isEmpty() {
        JsonNode r = response();
        return r.path("outputSpeech").isMissingNode() && r.path("reprompt").isMissingNode()
                && r.path("card").isMissingNode() && r.path("directives").isMissingNode();
    }

    public String cardTitle() {
        return response().path("card").path("title").asText(null);
    }

    public String cardText() {
        return response().path("card").path("content").asText(null);
    }

    public List<JsonNode> directives(String type) {
        List<JsonNode> out = new ArrayList<>();
        response().path("directives").forEach(d -> {
            if (d.path("type").asText().equals(type)) {
                out.add(d);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> sessionAttributes() {
        JsonNode attrs = envelope.path("sessionAttributes");
        return attrs.isMissingNode() ? Map.of() : Requests.MAPPER.convertValue(attrs, Map.class);
    }

    @Override
    public String toString() {
        return "Heard[" + speech() + (ended() ? " (ends)" : " | reprompt: " + reprompt()) + "]";
    }
}
