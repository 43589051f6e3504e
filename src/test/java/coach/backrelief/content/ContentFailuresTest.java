package coach.backrelief.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed content fails (or loads) as it did with the databind loader: each case under
 * {@code src/test/resources/content-cases/<case>/en/} is loaded, and the outcome (exception type and
 * message) is compared with {@code content-cases/databind.txt}, written by this test on the databind
 * loader ({@code -Dcontent.cases.write=true}). The streaming parser is stricter in two cases on
 * purpose: a key given twice and a second value after the document were silently accepted before
 * (the last key won; the rest of the file was ignored) and are now refused, naming the file.
 */
class ContentFailuresTest {
    private static final List<String> CASES = List.of("not-an-object", "empty-file", "broken-json", "trailing-value", "duplicate-key", "message-number", "message-blank-in-list", "message-null-in-list", "message-empty-list", "unknown-placeholder", "unknown-topic", "topic-not-an-object", "topic-bad-followup", "topic-blank-title", "topic-null-offer", "topic-object-title", "detail-no-cues", "detail-not-an-object", "no-default-routine", "routines-an-array", "default-undefined", "stretch-missing-name", "stretch-bad-kind", "stretch-number-kind", "hold-without-sides", "step-without-time", "step-unknown-stretch", "step-seconds-as-text", "step-seconds-fraction", "default-a-number");
    private static final Set<String> NOW_REFUSED = Set.of("duplicate-key", "trailing-value");
    private static final Path RECORD = Path.of("src/test/resources/content-cases/databind.txt");

    @Test
    void malformedContentFailsAsBefore() throws IOException {
        Map<String, String> outcomes = new LinkedHashMap<>();
        CASES.forEach(c -> outcomes.put(c, outcome(c)));
        StringBuilder text = new StringBuilder();
        outcomes.forEach((c, o) -> text.append(c).append('\t').append(o).append('\n'));
        if (Boolean.getBoolean("content.cases.write")) {
            Files.writeString(RECORD, text);
            return;
        }
        Map<String, String> before = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/content-cases/databind.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .forEach(l -> before.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1)));
        }
        assertThat(before.keySet()).containsExactlyElementsOf(CASES);
        outcomes.forEach((c, o) -> {
            if (!NOW_REFUSED.contains(c)) {
                assertThat(o).as(c).isEqualTo(before.get(c));
            }
        });
        assertThat(outcomes.get("duplicate-key"))
                .startsWith("ContentException: /content-cases/duplicate-key/en/messages.json: ")
                .contains("Duplicate field 'goodbye'");
        assertThat(outcomes.get("trailing-value"))
                .isEqualTo("ContentException: /content-cases/trailing-value/en/messages.json: more than one JSON value");
    }

    private static String outcome(String c) {
        try {
            new ContentRepository("/content-cases/" + c).forLocale("en");
            return "loaded";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage().replace('\n', ' ');
        }
    }
}
