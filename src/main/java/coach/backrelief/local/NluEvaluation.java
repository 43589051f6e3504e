package coach.backrelief.local;

import coach.backrelief.content.Content;
import coach.backrelief.content.ContentRepository;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.local.NluCorpus.Line;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.Zones;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;
import coach.backrelief.speech.RoutineReplies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs corpus lines through the real stream handler and judges what the user would hear.
 *
 * <p>Each line is said in its context, set up with the model's own intents (idle: launch, then
 * "what causes back spasms", so an offer is pending; routine: launch, start, "no" to the safety
 * question; safety_question: launch, start; symptom_followup: launch, "I've got some tingling").
 * The line itself is understood by an {@link Understander} (the console's matcher, or Alexa's
 * own NLU through the utterance profiler) and sent as the next request. Judging:
 * <ul>
 *   <li>red flag: the guidance of that tier or a more urgent one (an IT-hurts stop counts for the
 *       routine tier in a routine), and no stretch in the response;</li>
 *   <li>topic: the topic's first sentence is said; clarify: the "both legs…?" question is asked;
 *       fallback: the fallback (or the routine's, or "didn't catch that" before a pending question
 *       asked again) is said;</li>
 *   <li>command: exactly what the model's intent for it says in the same context (random wording
 *       reset to one seed before each run, progress kept nowhere, one fixed clock).</li>
 * </ul>
 */
final class NluEvaluation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final String APLA = "Alexa.Presentation.APLA.RenderDocument";
    private static final List<String> TIERS = List.of("emergency", "urgent", "routine");

    /** Turns a corpus line into what the language understanding heard. */
    @FunctionalInterface
    interface Understander {
        Understood understand(Line line);
    }

    /**
     * The judgement of one line.
     *
     * @param heard   the intent understood
     * @param outcome what the response was: a tier, "clarify", "fallback", "hurts", "topic:X", or "other"
     * @param correct whether that is what the label asks for
     * @param stretch the response started a stretch (APL for Audio)
     */
    record Result(Line line, String heard, String outcome, boolean correct, boolean stretch) {
    }

    private final String locale;
    private final InteractionModel model;
    private final Content content;
    private final Random random = new Random();
    private final BackReliefStreamHandler handler;
    private final FakeDevice device;
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> signatures = new LinkedHashMap<>();

    NluEvaluation(String locale, InteractionModel model) {
        this.locale = locale;
        this.model = model;
        this.content = new ContentRepository().forLocale(locale);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.handler = new BackReliefStreamHandler(SkillFactory.create(new SkillConfig(null, random, clock,
                RoutineReplies.AudioMode.APLA, new ProgressService(new ForgetfulStore()), new Zones(ZoneOffset.UTC))));
        this.device = new FakeDevice(null, locale, false, clock);
        signatures.put("emergency", plain(content.text(Msg.RED_FLAG_EMERGENCY)));
        signatures.put("urgent", plain(content.text(Msg.RED_FLAG_URGENT)));
        signatures.put("routine", plain(content.text(Msg.RED_FLAG_ROUTINE)));
        signatures.put("hurts", plain(content.text(Msg.ROUTINE_HURTS)));
        signatures.put("clarify", plain(content.text(Msg.SYMPTOM_WHERE)));
        signatures.put("fallback", plain(content.text(Msg.FALLBACK)));
        signatures.put("fallback ", plain(content.text(Msg.ROUTINE_FALLBACK)));
        // a fallback while a question is pending: "Sorry, I didn't catch that." and the question again
        signatures.put("fallback  ", plain(content.text(Msg.QUESTION_AGAIN)));
        for (Topic topic : Topic.values()) {
            signatures.put("topic:" + topic.name(), plain(content.topic(topic).sentences().get(0)));
            // a specific answer within the topic (a dose question) is still that topic's answer
            var details = content.topic(topic).details();
            for (int d = 0; d < details.size(); d++) {
                signatures.put("topic:" + topic.name() + " ".repeat(d + 1), plain(details.get(d).sentences().get(0)));
            }
        }
    }

    /** The console's understanding: whole-utterance samples, slots and SearchQuery carriers, nothing fuzzier. */
    static Understander consoleMatcher(InteractionModel model) {
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        return line -> matcher.understand(line.say());
    }

    List<Result> run(List<Line> lines, Understander understander) {
        List<Result> results = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Understood heard = understander.understand(line);
            Said said = say(line.context(), heard);
            String outcome = outcome(said.text());
            results.add(new Result(line, heard.intent(), outcome, judge(line, said, outcome), said.stretch()));
        }
        return results;
    }

    private boolean judge(Line line, Said said, String outcome) {
        return switch (line.expect()) {
            case "red_flag" -> !said.stretch() && (atLeast(outcome, line.tier())
                    || (line.tier().equals("routine") && outcome.equals("hurts") && line.context().equals("routine")));
            case "topic" -> outcome.equals("topic:" + line.topic());
            case "clarify" -> outcome.equals("clarify");
            case "fallback" -> outcome.equals("fallback");
            default -> said.text().equals(canonical(line));
        };
    }

    /** True when the outcome is guidance of {@code tier} or a more urgent one. */
    static boolean atLeast(String outcome, String tier) {
        int got = TIERS.indexOf(outcome);
        return got >= 0 && got <= TIERS.indexOf(tier);
    }

    /** What the model's own intent for the line's command says in the same context. */
    private String canonical(Line line) {
        String key = line.context() + "|" + line.command() + "|" + line.routine() + "|" + line.minutes() + "|" + line.stretch();
        return canonical.computeIfAbsent(key, k -> say(line.context(), commandIntent(line)).text());
    }

    private Understood commandIntent(Line line) {
        String intent = NluCorpus.commandIntent(line);
        List<Understood.Slot> slots = new ArrayList<>();
        if (line.routine() != null) {
            InteractionModel.SlotValue value = model.slotTypes().getOrDefault("RoutineName", List.of()).stream()
                    .filter(v -> line.routine().equals(v.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(line.file() + ": unknown routine " + line.routine()));
            slots.add(new Understood.Slot("routine", "RoutineName", value.name(), value.id(), value.name()));
        }
        if (line.minutes() != null) {
            String n = String.valueOf(line.minutes());
            slots.add(new Understood.Slot("minutes", "AMAZON.NUMBER", n, null, n));
        }
        if (line.stretch() != null) {
            InteractionModel.SlotValue value = model.slotTypes().getOrDefault("StretchName", List.of()).stream()
                    .filter(v -> line.stretch().equals(v.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(line.file() + ": unknown stretch " + line.stretch()));
            slots.add(new Understood.Slot("stretch", "StretchName", value.name(), value.id(), value.name()));
        }
        return new Understood(intent, slots);
    }

    /** What was said in answer to {@code heard} in {@code context}: plain text, and whether a stretch started. */
    private record Said(String text, boolean stretch) {
    }

    private Said say(String context, Understood heard) {
        random.setSeed(7);
        FakeDevice.Session session = FakeDevice.Session.start();
        JsonNode response = send(device.launch(session));
        session = next(session, response);
        for (Understood step : setup(context)) {
            response = send(device.intent(session, step, model));
            session = next(session, response);
        }
        response = send(device.intent(session, heard, model));
        boolean stretch = false;
        for (JsonNode directive : response.path("response").path("directives")) {
            stretch |= directive.path("type").asText().equals(APLA);
        }
        return new Said(spoken(response), stretch);
    }

    private static List<Understood> setup(String context) {
        return switch (context) {
            case "idle" -> List.of(new Understood("CausesIntent", List.of()));
            case "routine" -> List.of(new Understood("StartRoutineIntent", List.of()),
                    new Understood("AMAZON.NoIntent", List.of()));
            case "safety_question" -> List.of(new Understood("StartRoutineIntent", List.of()));
            case "symptom_followup" -> List.of(new Understood("SymptomReportIntent",
                    List.of(new Understood.Slot("symptom", "Symptom", "tingling", "TINGLING", "tingling"))));
            default -> throw new IllegalArgumentException("unknown context " + context);
        };
    }

    private static FakeDevice.Session next(FakeDevice.Session session, JsonNode response) {
        return new FakeDevice.Session(session.id(), false, response.path("sessionAttributes"));
    }

    private JsonNode send(ObjectNode request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), out,
                    null);
            return MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spoken(JsonNode response) {
        return plain(ResponseView.of(response).speech().stream()
                .filter(Segment.Words.class::isInstance).map(s -> ((Segment.Words) s).text())
                .collect(Collectors.joining(" ")));
    }

    private String outcome(String spoken) {
        for (Map.Entry<String, String> signature : signatures.entrySet()) {
            if (spoken.contains(signature.getValue())) {
                return signature.getKey().strip();
            }
        }
        return "other";
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    String locale() {
        return locale;
    }

    // ----- figures

    /** The figures of one run. */
    record Figures(int lines, int inDomain, int inDomainCorrect, int outOfDomain, int outOfDomainCorrect,
                   Map<String, int[]> tierRecall, Map<String, int[]> tierExact, int nonFlag, int falseEmergency,
                   int flagFallbacks) {

        double intentAccuracy() {
            return ratio(inDomainCorrect, inDomain);
        }

        double fallbackRate() {
            return ratio(outOfDomainCorrect, outOfDomain);
        }

        double recall(String tier) {
            int[] n = tierRecall.get(tier);
            return n == null ? 1 : ratio(n[0], n[1]);
        }

        double falseEmergencyRate() {
            return ratio(falseEmergency, nonFlag);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1 : (double) a / b;
        }
    }

    static Figures figures(List<Result> results) {
        int inDomain = 0;
        int inDomainCorrect = 0;
        int ood = 0;
        int oodCorrect = 0;
        int nonFlag = 0;
        int falseEmergency = 0;
        int flagFallbacks = 0;
        Map<String, int[]> recall = new LinkedHashMap<>();
        Map<String, int[]> exact = new LinkedHashMap<>();
        for (Result r : results) {
            Line line = r.line();
            if (line.expect().equals("fallback")) {
                ood++;
                oodCorrect += r.correct() ? 1 : 0;
            } else {
                inDomain++;
                inDomainCorrect += r.correct() ? 1 : 0;
            }
            if (line.expect().equals("red_flag")) {
                int[] n = recall.computeIfAbsent(line.tier(), t -> new int[2]);
                n[0] += r.correct() ? 1 : 0;
                n[1]++;
                int[] e = exact.computeIfAbsent(line.tier(), t -> new int[2]);
                e[0] += r.outcome().equals(line.tier()) ? 1 : 0;
                e[1]++;
                flagFallbacks += r.outcome().equals("fallback") ? 1 : 0;
            } else if (!line.expect().equals("clarify") && !expectsEmergency(line)) {
                nonFlag++;
                falseEmergency += r.outcome().equals("emergency") ? 1 : 0;
            }
        }
        return new Figures(results.size(), inDomain, inDomainCorrect, ood, oodCorrect, recall, exact, nonFlag,
                falseEmergency, flagFallbacks);
    }

    /** A yes or maybe to the safety question or to "both legs…?" rightly gets the emergency advice. */
    private static boolean expectsEmergency(Line line) {
        return line.expect().equals("command") && List.of("YES", "MAYBE").contains(line.command())
                && List.of("safety_question", "symptom_followup").contains(line.context());
    }

    /** The figures and the confusion tables (by label and by tier), as printed by the build. */
    static String report(String title, List<Result> results) {
        Figures f = figures(results);
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(": ").append(f.lines()).append(" lines\n");
        sb.append(String.format(Locale.ROOT, "  intent accuracy (in-domain)      %4d/%-4d %6.1f%%%n", f.inDomainCorrect(),
                f.inDomain(), 100 * f.intentAccuracy()));
        sb.append(String.format(Locale.ROOT, "  out-of-domain -> fallback        %4d/%-4d %6.1f%%%n",
                f.outOfDomainCorrect(), f.outOfDomain(), 100 * f.fallbackRate()));
        for (String tier : TIERS) {
            int[] n = f.tierRecall().getOrDefault(tier, new int[2]);
            int[] e = f.tierExact().getOrDefault(tier, new int[2]);
            sb.append(String.format(Locale.ROOT,
                    "  red-flag recall, %-9s        %4d/%-4d %6.1f%%   (exactly this tier: %d)%n", tier, n[0], n[1],
                    100 * f.recall(tier), e[0]));
        }
        sb.append(String.format(Locale.ROOT, "  false emergency, non-flag lines  %4d/%-4d %6.1f%%%n",
                f.falseEmergency(), f.nonFlag(), 100 * f.falseEmergencyRate()));
        sb.append(String.format(Locale.ROOT, "  red-flag lines answered with the generic fallback: %d%n",
                f.flagFallbacks()));
        sb.append(table("  by label", results, Line::label));
        sb.append(table("  red flags by group", results.stream().filter(r -> r.line().expect().equals("red_flag"))
                .toList(), l -> l.tier() + "/" + l.group()));
        return sb.toString();
    }

    private static String table(String title, List<Result> results, Function<Line, String> key) {
        Map<String, List<Result>> byKey = results.stream().collect(Collectors.groupingBy(r -> key.apply(r.line()),
                java.util.TreeMap::new, Collectors.toList()));
        StringBuilder sb = new StringBuilder(title).append(" (label: correct/lines; what the misses got)\n");
        byKey.forEach((label, rs) -> {
            long correct = rs.stream().filter(Result::correct).count();
            String misses = rs.stream().filter(r -> !r.correct())
                    .collect(Collectors.groupingBy(r -> r.outcome().equals("other") ? r.heard() : r.outcome(),
                            Collectors.counting()))
                    .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            sb.append(String.format(Locale.ROOT, "    %-34s %4d/%-4d %s%n", label, correct, rs.size(),
                    misses.isEmpty() ? "" : "| " + misses));
        });
        return sb.toString();
    }

    /** Every miss, one per line, for reading. */
    static String misses(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        for (Result r : results) {
            if (!r.correct()) {
                sb.append(r.line().label()).append(" [").append(r.line().context()).append("] \"")
                        .append(r.line().say()).append("\" -> ").append(r.heard()).append(" / ").append(r.outcome())
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
