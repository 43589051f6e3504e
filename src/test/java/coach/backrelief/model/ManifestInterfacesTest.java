package coach.backrelief.model;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the skill sends needs what the manifest declares: a device reports APL (and the stretch
 * screen is sent) only to a skill that declares ALEXA_PRESENTATION_APL, so a screen directive
 * without the declaration is never seen by anyone. APL for Audio needs no declaration.
 */
class ManifestInterfacesTest {
    private static final Path MANIFEST = Path.of("interaction-model/skill.json");

    private static JsonNode interfaces() throws Exception {
        return new ObjectMapper().readTree(MANIFEST.toFile()).path("manifest").path("apis").path("custom").path("interfaces");
    }

    @Test
    void everyDirectiveTheSkillSendsToAScreenIsDeclared() throws Exception {
        SkillDriver alexa = new SkillDriver();
        List<Heard> heard = new ArrayList<>();
        heard.add(alexa.say(Requests.launch().screen(true)));
        heard.add(alexa.say(intent("StartRoutineIntent").screen(true)));
        heard.add(alexa.say(intent("AMAZON.NoIntent").screen(true)));
        heard.add(alexa.say(intent("AMAZON.NextIntent").screen(true)));
        heard.add(alexa.say(intent("AMAZON.NextIntent").screen(true)));
        Set<String> sent = new HashSet<>();
        for (Heard h : heard) {
            h.envelope().path("response").path("directives").forEach(d -> sent.add(d.path("type").asText()));
        }
        assertThat(sent).as("the stretch screen is sent to a screen device").contains("Alexa.Presentation.APL.RenderDocument");
        Set<String> declared = new HashSet<>();
        interfaces().forEach(i -> declared.add(i.path("type").asText()));
        for (String type : sent) {
            if (type.startsWith("Alexa.Presentation.APL.")) {
                assertThat(declared).as(type + " needs the interface in skill.json").contains("ALEXA_PRESENTATION_APL");
            }
        }
    }

    @Test
    void theViewportsCoverRoundAndLandscapeHubsAndTv() throws Exception {
        JsonNode apl = null;
        for (JsonNode i : interfaces()) {
            if (i.path("type").asText().equals("ALEXA_PRESENTATION_APL")) {
                apl = i;
            }
        }
        assertThat(apl).isNotNull();
        Set<String> kinds = new HashSet<>();
        for (JsonNode v : apl.path("supportedViewports")) {
            kinds.add(v.path("mode").asText() + " " + v.path("shape").asText());
            assertThat(v.path("minWidth").asInt()).isPositive().isLessThanOrEqualTo(v.path("maxWidth").asInt());
            assertThat(v.path("minHeight").asInt()).isPositive().isLessThanOrEqualTo(v.path("maxHeight").asInt());
        }
        assertThat(kinds).containsExactlyInAnyOrder("HUB ROUND", "HUB RECTANGLE", "TV RECTANGLE");
        // Echo Show 5 (960 × 480), Show 8 (1280 × 800), Show 15 (1920 × 1080), each inside a landscape hub range
        for (int[] screen : new int[][]{{960, 480}, {1280, 800}, {1920, 1080}}) {
            boolean covered = false;
            for (JsonNode v : apl.path("supportedViewports")) {
                covered |= v.path("mode").asText().equals("HUB") && v.path("shape").asText().equals("RECTANGLE")
                        && screen[0] >= v.path("minWidth").asInt() && screen[0] <= v.path("maxWidth").asInt()
                        && screen[1] >= v.path("minHeight").asInt() && screen[1] <= v.path("maxHeight").asInt();
            }
            assertThat(covered).as(screen[0] + " × " + screen[1]).isTrue();
        }
    }
}
