package coach.backrelief.local;

import coach.backrelief.knowledge.Topic;
import coach.backrelief.local.NluCorpus.Line;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The corpus for Alexa's own language understanding:
 * <ul>
 *   <li>{@code nlu-export} writes, per locale, an NLU annotation set ({@code <locale>-annotations.json},
 *       the body of SMAPI "update annotations": {@code {"data":[{"inputs":{"utterance":…},"expected":[{"intent":…}]}]}})
 *       and {@code <locale>-profile.sh}, which sends every line to the utterance profiler
 *       ({@code ask smapi profile-nlu}) of a deployed skill and keeps each answer;</li>
 *   <li>{@code nlu-score} replays those answers (the intent and slots Alexa chose) through the skill in
 *       each line's context and judges them exactly as the build's evaluation does.</li>
 * </ul>
 */
final class NluExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NluExport() {
    }

    /** The intent a line's label stands for (free-text lines: the symptom intent; Alexa may fairly pick a SearchQuery one). */
    static String expectedIntent(Line line) {
        return switch (line.expect()) {
            case "topic" -> Topic.forId(line.topic()).map(Topic::intentName).orElseThrow();
            case "red_flag", "clarify" -> "SymptomReportIntent";
            case "fallback" -> "AMAZON.FallbackIntent";
            default -> NluCorpus.commandIntent(line);
        };
    }

    static ObjectNode annotations(List<Line> lines, InteractionModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode data = root.putArray("data");
        for (Line line : lines) {
            ObjectNode entry = data.addObject();
            entry.putObject("inputs").put("utterance", Utterances.normalise(line.say()));
            ObjectNode intent = entry.putArray("expected").addObject().putObject("intent");
            intent.put("name", expectedIntent(line));
            ObjectNode slots = MAPPER.createObjectNode();
            if (line.routine() != null) {
                model.slotTypes().getOrDefault("RoutineName", List.of()).stream()
                        .filter(v -> line.routine().equals(v.id())).findFirst()
                        .ifPresent(v -> slots.putObject("routine").put("value", v.name()));
            }
            if (line.minutes() != null) {
                slots.putObject("minutes").put("value", String.valueOf(line.minutes()));
            }
            if (line.stretch() != null) {
                model.slotTypes().getOrDefault("StretchName", List.of()).stream()
                        .filter(v -> line.stretch().equals(v.id())).findFirst()
                        .ifPresent(v -> slots.putObject("stretch").put("value", v.name()));
            }
            if (!slots.isEmpty()) {
                intent.set("slots", slots);
            }
        }
        return root;
    }

    /** A bash script that profiles every line against a deployed skill, one JSON answer per line. */
    static String profileScript(List<Line> lines, String locale) {
        StringBuilder sb = new StringBuilder("""
                #!/usr/bin/env bash
                # Sends every evaluation line of %1$s to Alexa's utterance profiler (ask smapi profile-nlu)
                # and keeps each answer in profiles/%1$s/<n>.json. Then: java -jar target/back-relief-skill.jar nlu-score
                set -uo pipefail
                : "${SKILL_ID:?set SKILL_ID to your skill's id}"
                STAGE="${STAGE:-development}"
                OUT="$(dirname "$0")/profiles/%1$s"
                mkdir -p "$OUT"
                """.formatted(locale));
        for (int i = 0; i < lines.size(); i++) {
            sb.append("ask smapi profile-nlu -s \"$SKILL_ID\" -g \"$STAGE\" -l ").append(locale).append(" -u ")
                    .append(shellQuote(Utterances.normalise(lines.get(i).say()))).append(" > \"$OUT/").append(i + 1)
                    .append(".json\" || echo \"line ").append(i + 1).append(" failed\" >&2\n");
        }
        return sb.toString();
    }

    private static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code nlu-export [--out DIR] [--locale TAG]…}: files for every locale with a corpus. */
    static int export(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path dir = Path.of("target", "nlu");
        List<String> locales = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                dir = Path.of(args.get(++i));
            } else if (args.get(i).equals("--locale") && i + 1 < args.size()) {
                locales.add(args.get(++i));
            } else {
                err.println("nlu-export: unknown option " + args.get(i) + " (use --out DIR, --locale TAG)");
                return Main.EXIT_USAGE;
            }
        }
        if (locales.isEmpty()) {
            locales = corpusLocales();
        }
        Files.createDirectories(dir);
        for (String locale : locales) {
            List<Line> lines = NluCorpus.load(NluCorpus.DIRECTORY, locale);
            Path annotations = dir.resolve(locale + "-annotations.json");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(annotations.toFile(),
                    annotations(lines, InteractionModel.load(locale)));
            Path script = dir.resolve(locale + "-profile.sh");
            Files.writeString(script, profileScript(lines, locale));
            script.toFile().setExecutable(true);
            out.println(locale + ": " + lines.size() + " lines -> " + annotations + ", " + script);
        }
        return Main.EXIT_OK;
    }

    /**
     * {@code nlu-eval [--corpus DIR] [--out DIR]}: the build's evaluation on any corpus folder laid out
     * like {@code src/test/resources/nlu} (a held-out set, say): figures per locale on stdout, the misses
     * in {@code <out>/nlu-<locale>-misses.txt}.
     */
    static int evaluate(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path corpus = NluCorpus.DIRECTORY;
        Path target = Path.of("target");
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size() || !(args.get(i).equals("--corpus") || args.get(i).equals("--out"))) {
                err.println("nlu-eval: use [--corpus DIR] [--out DIR]");
                return Main.EXIT_USAGE;
            }
            if (args.get(i).equals("--corpus")) {
                corpus = Path.of(args.get(i + 1));
            } else {
                target = Path.of(args.get(i + 1));
            }
        }
        List<String> locales = new ArrayList<>();
        for (String locale : List.of("en-GB", "en-US", "es-ES", "es-MX", "es-US")) {
            if (Files.isDirectory(corpus.resolve(locale))) {
                locales.add(locale);
            }
        }
        if (locales.isEmpty()) {
            err.println("nlu-eval: no locale folders (en-US, en-GB, es-US, es-MX, es-ES) under " + corpus);
            return Main.EXIT_BAD_INPUT;
        }
        Files.createDirectories(target);
        for (String locale : locales) {
            InteractionModel model = InteractionModel.load(locale);
            List<NluEvaluation.Result> results = new NluEvaluation(locale, model)
                    .run(NluCorpus.load(corpus, locale), NluEvaluation.consoleMatcher(model));
            out.print(NluEvaluation.report("NLU evaluation " + locale + " (console matcher, " + corpus + ")", results));
            Files.writeString(target.resolve("nlu-" + locale + "-misses.txt"), NluEvaluation.misses(results));
        }
        return Main.EXIT_OK;
    }

    /** {@code nlu-score [--dir DIR]}: judges the profiler's answers kept by the profile scripts. */
    static int score(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path dir = Path.of("target", "nlu");
        if (args.size() == 2 && args.get(0).equals("--dir")) {
            dir = Path.of(args.get(1));
        } else if (!args.isEmpty()) {
            err.println("nlu-score: use --dir DIR (the folder nlu-export wrote)");
            return Main.EXIT_USAGE;
        }
        boolean any = false;
        for (String locale : corpusLocales()) {
            Path profiles = dir.resolve("profiles").resolve(locale);
            if (!Files.isDirectory(profiles)) {
                continue;
            }
            any = true;
            List<Line> lines = NluCorpus.load(NluCorpus.DIRECTORY, locale);
            InteractionModel model = InteractionModel.load(locale);
            List<Line> answered = new ArrayList<>();
            Map<Line, Understood> heard = new IdentityHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                Path answer = profiles.resolve((i + 1) + ".json");
                if (Files.isRegularFile(answer) && Files.size(answer) > 0) {
                    answered.add(lines.get(i));
                    heard.put(lines.get(i), fromProfile(MAPPER.readTree(answer.toFile()), model));
                }
            }
            List<NluEvaluation.Result> results = new NluEvaluation(locale, model).run(answered, heard::get);
            out.print(NluEvaluation.report("NLU evaluation " + locale + " (Alexa's utterance profiler, "
                    + answered.size() + " of " + lines.size() + " lines answered)", results));
        }
        if (!any) {
            err.println("nlu-score: no profiler answers under " + dir.resolve("profiles") + " (run the profile scripts first)");
            return Main.EXIT_BAD_INPUT;
        }
        return Main.EXIT_OK;
    }

    /** The intent and slots Alexa selected, as the console would have sent them. */
    static Understood fromProfile(JsonNode answer, InteractionModel model) {
        JsonNode intent = answer.path("selectedIntent");
        String name = intent.path("name").asText(Understood.FALLBACK);
        List<Understood.Slot> slots = new ArrayList<>();
        InteractionModel.IntentModel declared = model.intent(name);
        intent.path("slots").properties().forEach(e -> {
            JsonNode slot = e.getValue();
            if (!slot.hasNonNull("value")) {
                return;
            }
            String type = declared == null ? null : declared.slots().get(e.getKey());
            String id = null;
            String canonical = null;
            for (JsonNode authority : slot.path("resolutions").path("resolutionsPerAuthority")) {
                if (authority.path("status").path("code").asText().equals("ER_SUCCESS_MATCH")) {
                    JsonNode value = authority.path("values").path(0).path("value");
                    id = value.path("id").asText(null);
                    canonical = value.path("name").asText(null);
                    break;
                }
            }
            String spoken = slot.get("value").asText();
            if (type != null && type.startsWith("AMAZON.")) {
                canonical = type.equals("AMAZON.NUMBER") ? spoken : null;
            }
            slots.add(new Understood.Slot(e.getKey(), type, spoken, id, canonical));
        });
        return new Understood(name, slots);
    }

    private static List<String> corpusLocales() throws IOException {
        if (!Files.isDirectory(NluCorpus.DIRECTORY)) {
            throw new IllegalArgumentException("no corpus in " + NluCorpus.DIRECTORY.toAbsolutePath()
                    + " (run from the project folder)");
        }
        try (var dirs = Files.list(NluCorpus.DIRECTORY)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted().toList();
        }
    }
}
