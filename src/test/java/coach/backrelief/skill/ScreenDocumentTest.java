package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Echo Show document the skill sends, for every routine played stretch by stretch and
 * without stopping: its structure is what APL renders (known components and commands, a SetValue
 * only to a component that exists, a VectorGraphic only from the document's own graphics), every
 * bound value resolves to text in the data sent with it, and the drawing shown is the one
 * content/en/drawings.json gives the stretch named on screen. Expected values are read from the
 * content files, never from the code.
 */
class ScreenDocumentTest {
    private static final Path CONTENT = Path.of("src/main/resources/content/en");
    private static final JsonNode STRETCHES = read(CONTENT.resolve("stretches.json"));
    private static final JsonNode DRAWINGS = read(CONTENT.resolve("drawings.json")).path("drawings");
    private static final JsonNode ROUTINES = read(CONTENT.resolve("routines.json")).path("routines");
    private static final Set<String> COMPONENTS = Set.of("Container", "Text", "TouchWrapper", "Frame", "VectorGraphic");
    private static final Set<String> COMMANDS = Set.of("Sequential", "SetValue", "SendEvent");
    private static final Pattern BINDING = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PATH = Pattern.compile("payload(\\.[A-Za-z]+)+");

    @Test
    void everyDocumentOfEveryRoutineRendersWithItsDrawingAndEveryBoundValue() {
        Set<String> shown = new LinkedHashSet<>();
        int documents = 0;
        for (var routine : (Iterable<String>) ROUTINES::fieldNames) {
            for (boolean continuous : new boolean[]{false, true}) {
                for (JsonNode directive : play(routine, continuous)) {
                    check(directive, routine + (continuous ? " continuous" : ""));
                    shown.add(stretchNamed(directive.path("datasources").path("stretch").path("name").asText()));
                    documents++;
                }
            }
        }
        assertThat(documents).isGreaterThan(20);
        Set<String> every = new HashSet<>();
        STRETCHES.fieldNames().forEachRemaining(every::add);
        assertThat(shown).as("every stretch was on screen").containsExactlyInAnyOrderElementsOf(every);
    }

    /** The APL directives of a whole routine, started by name (stepwise or played through) and moved on with Next. */
    private static List<JsonNode> play(String routine, boolean continuous) {
        SkillDriver alexa = new SkillDriver(SkillDriver.config(7));
        alexa.say(intent(continuous ? "ContinuousRoutineIntent" : "StartRoutineIntent")
                .slot("routine", routine.toLowerCase(), routine).screen(true));
        List<JsonNode> directives = new ArrayList<>();
        Heard heard = alexa.say(intent("AMAZON.NoIntent").screen(true));
        for (int turn = 0; turn < 30 && !heard.ended(); turn++) {
            directives.addAll(heard.directives("Alexa.Presentation.APL.RenderDocument"));
            heard = alexa.say(intent("AMAZON.NextIntent").screen(true));
        }
        assertThat(heard.speech()).as(routine + " finished").startsWith("Well done");
        assertThat(directives).as(routine).isNotEmpty();
        return directives;
    }

    private static void check(JsonNode directive, String where) {
        JsonNode document = directive.path("document");
        JsonNode payload = directive.path("datasources");
        assertThat(document.path("type").asText()).isEqualTo("APL");
        assertThat(document.path("mainTemplate").path("parameters").toString()).isEqualTo("[\"payload\"]");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        walk(document.path("mainTemplate"), payload, document.path("graphics"), ids, problems);
        for (JsonNode command : document.path("onMount")) {
            commands(command, ids, problems);
        }
        assertThat(problems).as(where).isEmpty();

        // the drawing is the stretch's own, stroke for stroke, from content/en/drawings.json
        String stretch = stretchNamed(payload.path("stretch").path("name").asText());
        JsonNode graphic = document.path("graphics").path("position");
        assertThat(graphic.path("type").asText()).isEqualTo("AVG");
        assertThat(graphic.path("version").asText()).isEqualTo("1.2");
        assertThat(graphic.path("width").asInt()).isEqualTo(200);
        assertThat(graphic.path("height").asInt()).isEqualTo(120);
        List<String> drawn = new ArrayList<>();
        graphic.path("items").forEach(i -> drawn.add(i.path("pathData").asText()));
        List<String> expected = new ArrayList<>();
        DRAWINGS.path(stretch).path("strokes").forEach(s -> expected.add(s.path("d").asText()));
        assertThat(drawn).as(where + ": " + stretch).isNotEmpty().isEqualTo(expected);
        int k = 0;
        for (JsonNode item : graphic.path("items")) {
            assertThat(item.path("type").asText()).isEqualTo("path");
            boolean filled = DRAWINGS.path(stretch).path("strokes").get(k++).path("fill").asBoolean(false);
            // a head is filled, every other line stroked, 5 wide with round ends
            assertThat(item.has("fill")).as(where + " fill").isEqualTo(filled);
            assertThat(item.has("stroke")).as(where + " stroke").isEqualTo(!filled);
            if (!filled) {
                assertThat(item.path("strokeWidth").asInt()).isEqualTo(5);
                assertThat(item.path("strokeLineCap").asText()).isEqualTo("round");
            }
        }
    }

    /**
     * The countdown on screen runs with the hold: for the quick routine's knee to chest (30 s each
     * side, content/en/routines.json) it shows 30, then every 5 seconds 25 … 5, then every second
     * 4 … 1, and the tick exactly 30 s after the 30; pelvic tilts (reps) show no numbers, only the
     * tick when the last one is done. The amount shown is "30 seconds" and "10 ×".
     */
    @Test
    void theCountdownCountsTheHoldAsAnnounced() {
        SkillDriver alexa = new SkillDriver(SkillDriver.config(7));
        alexa.say(intent("StartRoutineIntent").screen(true));
        JsonNode knee = alexa.say(intent("AMAZON.NoIntent").screen(true))
                .directives("Alexa.Presentation.APL.RenderDocument").get(0);
        assertThat(knee.path("datasources").path("stretch").path("amount").asText()).isEqualTo("30 seconds");
        List<String> values = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        for (JsonNode command : knee.path("document").path("onMount").get(0).path("commands")) {
            values.add(command.path("value").asText());
            delays.add(command.path("delay").asLong());
        }
        List<String> side = List.of("30", "25", "20", "15", "10", "5", "4", "3", "2", "1", "✓");
        assertThat(values).isEqualTo(java.util.stream.Stream.concat(side.stream(), side.stream()).toList());
        List<Long> steps = List.of(5000L, 5000L, 5000L, 5000L, 5000L, 1000L, 1000L, 1000L, 1000L, 1000L);
        assertThat(delays.subList(1, 11)).isEqualTo(steps);
        assertThat(delays.subList(12, 22)).isEqualTo(steps);
        assertThat(delays.get(0)).as("the hold starts after the setup is said").isGreaterThan(10_000L);
        assertThat(delays.get(11)).as("the second side starts after the switch is said").isGreaterThan(2_000L);

        JsonNode tilts = alexa.say(intent("AMAZON.NextIntent").screen(true))
                .directives("Alexa.Presentation.APL.RenderDocument").get(0);
        assertThat(tilts.path("datasources").path("stretch").path("amount").asText()).isEqualTo("10 ×");
        List<String> tiltValues = new ArrayList<>();
        tilts.path("document").path("onMount").get(0).path("commands").forEach(c -> tiltValues.add(c.path("value").asText()));
        assertThat(tiltValues).containsExactly("✓");
    }

    /** Components: a known type, bindings that resolve, children walked; VectorGraphic sources defined. */
    private static void walk(JsonNode node, JsonNode payload, JsonNode graphics, Set<String> ids, List<String> problems) {
        if (node.isArray()) {
            node.forEach(n -> walk(n, payload, graphics, ids, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText(null);
        if (type != null && !COMPONENTS.contains(type) && !COMMANDS.contains(type)) {
            problems.add("unknown component " + type);
        }
        if ("VectorGraphic".equals(type) && !graphics.has(node.path("source").asText())) {
            problems.add("VectorGraphic source " + node.path("source") + " not in the document's graphics");
        }
        if (node.has("id")) {
            ids.add(node.path("id").asText());
        }
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                Matcher m = BINDING.matcher(value.asText());
                while (m.find()) {
                    String resolved = resolve(m.group(1), payload);
                    if (resolved == null || resolved.isBlank()) {
                        problems.add(field.getKey() + ": ${" + m.group(1) + "} does not resolve");
                    }
                }
            } else {
                walk(value, payload, graphics, ids, problems);
            }
        });
    }

    private static void commands(JsonNode command, Set<String> ids, List<String> problems) {
        String type = command.path("type").asText();
        if (!COMMANDS.contains(type)) {
            problems.add("unknown command " + type);
        }
        if (type.equals("SetValue") && !ids.contains(command.path("componentId").asText())) {
            problems.add("SetValue to a component that does not exist: " + command.path("componentId"));
        }
        for (JsonNode inner : command.path("commands")) {
            commands(inner, ids, problems);
        }
    }

    /** A binding of the only form the documents use, {@code payload.a.b}, looked up in the data sources. */
    private static String resolve(String expression, JsonNode payload) {
        if (!PATH.matcher(expression).matches()) {
            return null;
        }
        JsonNode at = payload;
        for (String key : expression.substring("payload.".length()).split("\\.")) {
            at = at.path(key);
        }
        return at.isValueNode() ? at.asText() : null;
    }

    private static String stretchNamed(String name) {
        for (var id : (Iterable<String>) STRETCHES::fieldNames) {
            if (STRETCHES.path(id).path("name").asText().equals(name)) {
                return id;
            }
        }
        throw new AssertionError("no stretch named " + name);
    }

    private static JsonNode read(Path path) {
        try {
            return Requests.MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
