package coach.backrelief.testing;

import com.fasterxml.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** SSML helpers for tests: well-formedness and plain text. */
public final class Ssml {
    private Ssml() {
    }

    /** Parses the SSML as XML; throws when it is not well-formed. */
    public static void assertWellFormed(String ssml) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SSML is not well-formed XML: " + e.getMessage() + "\n" + ssml, e);
        }
    }

    public static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replaceAll("\\s+", " ").trim();
    }

    /** Appends the text of every Speech component of an APL-A document, in document order. */
    static void aplaSpeech(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            if ("Speech".equals(node.path("type").asText()) && node.has("content")) {
                String content = node.path("content").asText();
                out.append(' ').append("SSML".equals(node.path("contentType").asText()) ? plain(content) : content);
            }
            node.fields().forEachRemaining(e -> aplaSpeech(e.getValue(), out));
        } else if (node.isArray()) {
            node.forEach(n -> aplaSpeech(n, out));
        }
    }
}
