package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The evaluation corpus: sentences written by people who never saw the interaction model, each
 * labelled with what the skill should do ({@code src/test/resources/nlu/<locale>/*.yaml}).
 */
final class NluCorpus {
    static final Path DIRECTORY = Path.of("src/test/resources/nlu");
    static final Set<String> CONTEXTS = Set.of("idle", "routine", "safety_question", "symptom_followup");
    static final Set<String> EXPECTS = Set.of("topic", "red_flag", "clarify", "command", "fallback");

    /**
     * One labelled sentence.
     *
     * @param file    the file it came from (for reports)
     * @param say     what the user says
     * @param context idle, routine, safety_question or symptom_followup
     * @param expect  topic, red_flag, clarify, command or fallback
     * @param topic   the topic id, for {@code expect: topic}
     * @param tier    emergency, urgent or routine, for {@code expect: red_flag}
     * @param group   the red-flag group id
     * @param command the command id, for {@code expect: command}
     * @param routine the routine named (QUICK, FULL, GENTLE), or null
     * @param minutes the minutes named, or null
     * @param negated the line mentions a sign only to rule it out
     * @param stretch the stretch named (BRIDGE, CAT_COW, …), or null
     */
    record Line(String file, String say, String context, String expect, String topic, String tier, String group,
                String command, String routine, Integer minutes, boolean negated, String stretch) {

        /** The label in one word, for tables: "topic:CAUSES", "emergency", "command:NEXT", "fallback". */
        String label() {
            return switch (expect) {
                case "topic" -> "topic:" + topic;
                case "red_flag" -> tier;
                case "command" -> "command:" + command;
                default -> expect;
            };
        }
    }

    private NluCorpus() {
    }

    /** The model intent a command label stands for ({@code NEXT} → {@code AMAZON.NextIntent}). */
    static String commandIntent(Line line) {
        return switch (line.command()) {
            case "NEXT" -> "AMAZON.NextIntent";
            case "PREVIOUS" -> "AMAZON.PreviousIntent";
            case "REPEAT" -> "AMAZON.RepeatIntent";
            case "PAUSE" -> "AMAZON.PauseIntent";
            case "RESUME" -> "AMAZON.ResumeIntent";
            case "START_OVER" -> "AMAZON.StartOverIntent";
            case "STOP" -> "AMAZON.StopIntent";
            case "CANCEL" -> "AMAZON.CancelIntent";
            case "HELP" -> "AMAZON.HelpIntent";
            case "YES" -> "AMAZON.YesIntent";
            case "NO" -> "AMAZON.NoIntent";
            case "MAYBE" -> "MaybeIntent";
            case "SKIP" -> "SkipIntent";
            case "HOW_LONG" -> "RoutineStatusIntent";
            case "DESCRIBE", "EASIER" -> "DescribeStretchIntent";
            case "IT_HURTS" -> "ItHurtsIntent";
            case "START_ROUTINE" -> "StartRoutineIntent";
            case "CONTINUOUS_ROUTINE" -> "ContinuousRoutineIntent";
            case "LIST_ROUTINES" -> "ListRoutinesIntent";
            case "RESUME_SAVED" -> "ResumeRoutineIntent";
            case "NO_FLOOR" -> "NoFloorIntent";
            case "FLOOR_HELP" -> "FloorHelpIntent";
            case "SKIP_FOR_GOOD" -> "SkipForGoodIntent";
            case "BRING_BACK" -> "BringBackStretchIntent";
            case "PROGRESS" -> "ProgressIntent";
            case "FORGET_PROGRESS" -> "ForgetProgressIntent";
            default -> throw new IllegalArgumentException(line.file() + ": unknown command " + line.command());
        };
    }

    /** Every line of a locale's files, in file order; a malformed file or line is an error naming it. */
    static List<Line> load(Path directory, String locale) {
        Path dir = directory.resolve(locale);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no corpus for " + locale + " in " + dir);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Line> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = yaml.readTree(file.toFile());
                if (!locale.equals(root.path("locale").asText())) {
                    throw new IllegalArgumentException(file + ": locale is not " + locale);
                }
                int index = 0;
                for (JsonNode node : root.path("lines")) {
                    index++;
                    lines.add(line(node, file.getFileName() + " line " + index));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + dir + ": " + e.getMessage(), e);
        }
        return lines;
    }

    private static Line line(JsonNode node, String where) {
        String say = text(node, "say");
        String context = node.hasNonNull("context") ? text(node, "context") : "idle";
        String expect = text(node, "expect");
        if (say == null || say.isBlank() || !CONTEXTS.contains(context) || !EXPECTS.contains(expect)) {
            throw new IllegalArgumentException(where + ": needs say, a known context and a known expect");
        }
        Line line = new Line(where, say, context, expect, text(node, "topic"), text(node, "tier"), text(node, "group"),
                text(node, "command"), text(node, "routine"),
                node.hasNonNull("minutes") ? node.get("minutes").asInt() : null, node.path("negated").asBoolean(false),
                text(node, "stretch"));
        boolean complete = switch (expect) {
            case "topic" -> line.topic() != null;
            case "red_flag" -> line.tier() != null && line.group() != null;
            case "command" -> line.command() != null;
            default -> true;
        };
        if (!complete) {
            throw new IllegalArgumentException(where + ": '" + expect + "' needs its label");
        }
        return line;
    }

    /** A field as text; YAML 1.1 reads a bare YES or NO as a boolean, so those come back as the words. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "YES" : "NO";
        }
        return value.asText();
    }
}
