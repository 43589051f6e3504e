package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state × every intent (issue 10, item 6). The states are reached by driving the skill
 * through the real stream handler (never hand-encoded): each routine of the catalog, stepwise and
 * continuous, each step, each side (a pause on it, and the resume there), paused, after a stretch
 * hurt (the shortened routines), and every pending question, idle and mid-routine. Then every intent
 * of the en-US model, plus LaunchRequest and SessionEndedRequest, is sent to each state, continuing
 * its session. Each answer must be valid (the driver checks the platform rules), never the
 * last-resort apology, and, when the session stays open, say what the user can say; mid-routine it
 * must also say where they are or how to go on. A pending question survives "repeat" and a fallback:
 * it is asked again and is still pending. The emergency symptom gets the emergency answer, and the
 * session ends, in every state.
 *
 * <p>What counts as "what you can say" is written here by hand from {@code content/en/messages.json}:
 * every reprompt in it either asks a question or says "say …".
 */
class StateIntentMatrixTest {
    private static final Path CONTENT = Path.of("src/main/resources/content/en");
    private static final Path MODEL = Path.of("interaction-model/interactionModels/custom/en-US.json");
    /** content/en/messages.json error.speech: the last-resort apology. */
    private static final String APOLOGY = "something went wrong";
    /** content/en/messages.json redFlag.emergency, with en-US emergencyNumber. */
    private static final String EMERGENCY = "Please call 911 now, or go to the nearest emergency department.";
    /** Symptom type values the triage ranks as emergencies (RedFlag: the "call 911" group). */
    private static final Set<String> EMERGENCY_SYMPTOMS = Set.of("SADDLE", "BLADDER_BOWEL", "SEXUAL", "BOTH_LEGS",
            "LEG_WEAKNESS", "FALL_INJURY", "CHEST_BREATH");
    /** Commands the content tells the user to say (routine prompts, reprompts, help). */
    private static final List<String> COMMANDS = List.of("say", "next", "repeat", "resume", "continue", "done",
            "stop", "yes", "no");
    /** Words that tell the user how to go on with the routine in progress. */
    private static final List<String> HOW_TO_GO_ON = List.of("say next", "say resume", "say continue", "say done",
            "say repeat", "repeat to do it", "next to move on", "say next, previous", "in the routine you can say");

    private static final JsonNode ROUTINES = read(CONTENT.resolve("routines.json")).path("routines");
    private static final JsonNode STRETCHES = read(CONTENT.resolve("stretches.json"));
    private static final JsonNode LANGUAGE_MODEL = read(MODEL).path("interactionModel").path("languageModel");

    /** One state the skill reached, with the skill instance and the time to continue it at. */
    private record State(String label, Map<String, Object> attributes, SkillDriver skill, Instant at) {
    }

    /** One request of the matrix, made fresh for every state (request builders are mutable). */
    private record Probe(String name, Supplier<Requests> request, boolean emergency) {
    }

    private final Map<String, State> states = new LinkedHashMap<>();
    private final Path progress = SkillDriver.temporaryProgressDir();
    private final SkillDriver skill = new SkillDriver(SkillDriver.config(42, SkillDriver.NOW, progress));
    /** The same progress three hours later: the safety answer has expired, a saved routine is still fresh. */
    private final SkillDriver later = new SkillDriver(SkillDriver.config(42, SkillDriver.NOW.plus(Duration.ofHours(3)),
            progress));
    private int users;

    @Test
    void everyReachableStateAnswersEveryIntentAndSaysWhereYouAreAndWhatYouCanSay() {
        long started = System.nanoTime();
        explore();
        assertCoverage();
        List<Probe> probes = probes();
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        for (State state : states.values()) {
            for (Probe probe : probes) {
                pairs++;
                String where = "state [" + state.label() + "] + " + probe.name();
                try {
                    Heard heard = state.skill().send(probe.request().get().user(Requests.USER_ID).at(state.at())
                            .continuing("amzn1.echo-api.session.matrix", state.attributes()));
                    check(state, probe, heard).forEach(f -> failures.add(where + ": " + f + "\n    heard: " + heard));
                } catch (AssertionError | RuntimeException e) {
                    failures.add(where + ": " + e.getMessage());
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("state × intent matrix · %d states × %d requests = %d pairs, %d ms%n",
                states.size(), probes.size(), pairs, millis);
        assertThat(failures).as(failures.size() + " of " + pairs + " pairs failed").isEmpty();
    }

    // ---- what every answer must do --------------------------------------------------------------

    private static List<String> check(State state, Probe probe, Heard heard) {
        List<String> failures = new ArrayList<>();
        String said = (heard.speech() + " " + heard.reprompt()).toLowerCase(Locale.ROOT);
        if (said.contains(APOLOGY)) {
            failures.add("the last-resort apology");
        }
        if (probe.emergency()) {
            if (!heard.speech().contains(EMERGENCY) || !said.contains("emergency")) {
                failures.add("no emergency answer");
            }
            if (!heard.ended()) {
                failures.add("the session stays open after the emergency answer");
            }
            if (heard.sessionAttributes().toString().contains("r=")) {
                failures.add("a routine is still carried after the emergency answer");
            }
            return failures;
        }
        if (probe.name().equals("SessionEndedRequest")) {
            if (!heard.isEmpty()) {
                failures.add("SessionEndedRequest must get an empty response");
            }
            return failures;
        }
        if (heard.ended()) {
            return failures;
        }
        String reprompt = heard.reprompt().toLowerCase(Locale.ROOT);
        if (!reprompt.contains("?") && COMMANDS.stream().noneMatch(reprompt::contains)) {
            failures.add("the reprompt says nothing the user can say");
        }
        if (!said.contains("?") && COMMANDS.stream().noneMatch(w -> said.matches("(?s).*\\b" + w + "\\b.*"))) {
            failures.add("nothing the user can say");
        }
        boolean wasInRoutine = state.attributes().toString().contains("r=");
        boolean stillInRoutine = heard.sessionAttributes().toString().contains("r=");
        if (wasInRoutine && stillInRoutine && !mentionsTheRoutine(said)) {
            failures.add("mid-routine, but names no stretch, routine or way to go on");
        }
        String pending = pending(state.attributes());
        if (!pending.equals("NONE") && (probe.name().equals("AMAZON.RepeatIntent")
                || probe.name().equals("AMAZON.FallbackIntent"))) {
                if (!pending.equals(pending(heard.sessionAttributes()))) {
                failures.add("the pending question " + pending + " is lost after " + probe.name());
            }
            if (!heard.speech().contains("?")) {
                failures.add("the pending question " + pending + " is not asked again");
            }
        }
        return failures;
    }

    private static boolean mentionsTheRoutine(String said) {
        List<String> names = new ArrayList<>();
        STRETCHES.forEach(s -> names.add(s.path("name").asText().toLowerCase(Locale.ROOT)));
        ROUTINES.forEach(r -> names.add(r.path("name").asText().toLowerCase(Locale.ROOT)));
        return names.stream().anyMatch(said::contains) || HOW_TO_GO_ON.stream().anyMatch(said::contains);
    }

    // ---- the requests: every intent of the model -----------------------------------------------

    /** Every intent of the model, its custom slots filled with their type's first value; AMAZON slots empty. */
    private static List<Probe> probes() {
        Map<String, JsonNode> types = new LinkedHashMap<>();
        LANGUAGE_MODEL.path("types").forEach(t -> types.put(t.path("name").asText(), t));
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("LaunchRequest", Requests::launch, false));
        probes.add(new Probe("SessionEndedRequest", Requests::sessionEnded, false));
        for (JsonNode i : LANGUAGE_MODEL.path("intents")) {
            String name = i.path("name").asText();
            Map<String, String[]> slots = new LinkedHashMap<>();
            for (JsonNode slot : i.path("slots")) {
                JsonNode type = types.get(slot.path("type").asText());
                if (type != null) {
                    JsonNode first = type.path("values").get(0);
                    slots.put(slot.path("name").asText(),
                            new String[]{first.path("name").path("value").asText(), first.path("id").asText()});
                }
            }
            boolean emergency = slots.values().stream().anyMatch(v -> EMERGENCY_SYMPTOMS.contains(v[1]));
            String label = name + (slots.isEmpty() ? "" : " " + slotsText(slots));
            probes.add(new Probe(label, () -> {
                Requests r = intent(name);
                slots.forEach((slot, v) -> r.slot(slot, v[0], v[1]));
                return r;
            }, emergency));
        }
        assertThat(probes).as("the model's emergency symptom is among the requests")
                .anyMatch(Probe::emergency);
        // the same emergency in the user's own words, through the free-text intent
        probes.add(new Probe("DescribeSymptomIntent description='numbness in my groin'",
                () -> intent("DescribeSymptomIntent").unresolvedSlot("description", "numbness in my groin"), true));
        return probes;
    }

    private static String slotsText(Map<String, String[]> slots) {
        StringBuilder sb = new StringBuilder();
        slots.forEach((k, v) -> sb.append(k).append('=').append(v[1]).append(' '));
        return sb.toString().trim();
    }

    // ---- the states, by driving the skill ------------------------------------------------------

    private void explore() {
        // idle, and the questions asked outside a routine
        Map<String, Object> idle = capture(skill, Map.of(), Requests.launch(), SkillDriver.NOW);
        for (JsonNode i : LANGUAGE_MODEL.path("intents")) {
            String name = i.path("name").asText();
            if (name.matches("[A-Z][A-Za-z]*Intent") && name.endsWith("Intent") && i.path("slots").isEmpty()
                    && !name.startsWith("AMAZON") && isTopic(name)) {
                capture(skill, idle, intent(name), SkillDriver.NOW);
            }
        }
        questionsFrom(skill, idle, SkillDriver.NOW);
        Map<String, Object> offer = capture(skill, idle, intent("HeatColdIntent"), SkillDriver.NOW);
        capture(skill, offer, intent("AMAZON.YesIntent"), SkillDriver.NOW);   // the gentle routine's safety question

        for (String routine : routineIds()) {
            walk(routine, false);
            walk(routine, true);
        }
        // a routine left paused: launch offers to resume it; three hours later, resuming asks the safety question again
        Map<String, Object> screen = capture(skill, Map.of(), intent("StartRoutineIntent"), SkillDriver.NOW);
        Map<String, Object> playing = capture(skill, screen, intent("AMAZON.NoIntent"), SkillDriver.NOW);
        capture(skill, playing, intent("AMAZON.NextIntent"), SkillDriver.NOW.plusSeconds(1000));
        capture(skill, playing, intent("AMAZON.PauseIntent"), SkillDriver.NOW.plusSeconds(1100));
        capture(later, Map.of(), Requests.launch(), laterNow());
        capture(later, Map.of(), intent("ResumeRoutineIntent"), laterNow());
        ratedTheNextDay();
    }

    /**
     * A user who finished the quick routine yesterday: "from zero to ten, how bad is it?" before
     * today's routine, and "how's your back now?" after it.
     */
    private void ratedTheNextDay() {
        String user = "amzn1.ask.account.MATRIXRATED";
        Instant t = SkillDriver.NOW;
        Map<String, Object> playing = capture(skill, user, capture(skill, user, Map.of(),
                intent("StartRoutineIntent"), t), intent("AMAZON.NoIntent"), t);
        while (playing != null) {
            Heard next = skill.send(intent("AMAZON.NextIntent").user(user).at(t)
                    .continuing("amzn1.echo-api.session.matrix", playing));
            playing = next.ended() ? null : next.sessionAttributes();
        }
        Instant tomorrow = SkillDriver.NOW.plus(Duration.ofDays(1));
        SkillDriver next = new SkillDriver(SkillDriver.config(42, tomorrow, progress));
        Map<String, Object> screen = capture(next, user, Map.of(), intent("StartRoutineIntent"), tomorrow);
        Map<String, Object> asked = capture(next, user, screen, intent("AMAZON.NoIntent"), tomorrow);
        assertThat(pending(asked)).as("a returning user is asked how bad it is").isEqualTo("RATE_BEFORE");
        playing = capture(next, user, asked, intent("RatingIntent").slot("rating", "5", null), tomorrow);
        while (playing != null && !pending(playing).equals("RATE_AFTER")) {
            Heard step = next.send(intent("AMAZON.NextIntent").user(user).at(tomorrow)
                    .continuing("amzn1.echo-api.session.matrix", playing));
            playing = step.ended() ? null : keep(next, step.sessionAttributes(), tomorrow);
        }
        assertThat(playing).as("asked again after the routine").isNotNull();
    }

    /** The questions that can be pending from {@code from}: offers, the symptom question, delete-everything. */
    private void questionsFrom(SkillDriver on, Map<String, Object> from, Instant at) {
        capture(on, from, intent("CausesIntent"), at);
        capture(on, from, intent("HeatColdIntent"), at);
        capture(on, from, intent("SymptomReportIntent").slot("symptom", "numbness", "NUMBNESS"), at);
        capture(on, from, intent("SymptomReportIntent").slot("symptom", "it's getting worse", "WORSENING"), at);
        capture(on, from, intent("ForgetProgressIntent"), at);
        capture(on, from, intent("ItHurtsIntent"), at);
    }

    private static boolean isTopic(String name) {
        return Arrays.stream(coach.backrelief.knowledge.Topic.values()).anyMatch(t -> t.intentName().equals(name));
    }

    /** One routine from its start through the real conversation: safety question, each step, pauses, hurt, resume. */
    private void walk(String routine, boolean continuous) {
        String user = "amzn1.ask.account.MATRIX" + (++users);
        Instant t = SkillDriver.NOW;
        String spoken = routineName(routine);
        Map<String, Object> screen = capture(skill, user, Map.of(),
                intent(continuous ? "ContinuousRoutineIntent" : "StartRoutineIntent").slot("routine", spoken, routine), t);
        assertThat(pending(screen)).as(routine + ": the safety question comes first").isEqualTo("SAFETY_SCREEN");
        Map<String, Object> playing = capture(skill, user, screen, intent("AMAZON.NoIntent"), t);
        boolean first = true;
        while (playing != null) {
            pausesAndResumes(user, playing, t);
            if (first) {
                // mid-routine questions, and a stretch that hurt (then the shortened gentle routine, or the doctor offer)
                questionsFrom(skill, playing, t.plusSeconds(5));
                Map<String, Object> hurt = capture(skill, user, playing, intent("ItHurtsIntent"), t.plusSeconds(5));
                if (pending(hurt).equals("OFFER_GENTLE")) {
                    walkOn(user, capture(skill, user, hurt, intent("AMAZON.YesIntent"), t.plusSeconds(10)),
                            t.plusSeconds(10));
                    Map<String, Object> again = capture(skill, user, hurt,
                            intent("StartRoutineIntent").slot("routine", spoken, routine), t.plusSeconds(10));
                    walkOn(user, again, t.plusSeconds(10));
                }
                first = false;
            }
            t = t.plusSeconds(1000);
            Heard next = skill.send(intent("AMAZON.NextIntent").user(user).at(t)
                    .continuing("amzn1.echo-api.session.matrix", playing));
            playing = next.ended() ? null : keep(skill, next.sessionAttributes(), t);
        }
    }

    /** Walks a routine on with Next to its end, capturing each step. */
    private void walkOn(String user, Map<String, Object> playing, Instant t) {
        while (playing != null && playing.toString().contains("r=")) {
            t = t.plusSeconds(1000);
            Heard next = skill.send(intent("AMAZON.NextIntent").user(user).at(t)
                    .continuing("amzn1.echo-api.session.matrix", playing));
            playing = next.ended() ? null : keep(skill, next.sessionAttributes(), t);
        }
    }

    /**
     * A pause every 2 seconds of the response's audio finds every step and side it plays (the
     * second side of a two-sided stretch included); resuming a paused place plays from there.
     */
    private void pausesAndResumes(String user, Map<String, Object> playing, Instant t) {
        Set<String> seenPlaces = new LinkedHashSet<>();
        for (int s = 0; s <= 1200; s += 2) {
            Instant at = t.plusSeconds(s);
            Heard paused = skill.send(intent("AMAZON.PauseIntent").user(user).at(at)
                    .continuing("amzn1.echo-api.session.matrix", playing));
            Map<String, Object> attributes = paused.sessionAttributes();
            if (seenPlaces.add(place(attributes))) {
                keep(skill, attributes, at);
                capture(skill, user, attributes, intent("AMAZON.ResumeIntent"), at.plusSeconds(60));
            }
        }
    }

    private Map<String, Object> capture(SkillDriver on, Map<String, Object> from, Requests request, Instant at) {
        return capture(on, Requests.USER_ID, from, request, at);
    }

    /** Sends {@code request} in the state {@code from} and keeps the state it leads to (when the session stays open). */
    private Map<String, Object> capture(SkillDriver on, String user, Map<String, Object> from, Requests request,
                                        Instant at) {
        Requests r = request.user(user).at(at);
        Heard heard = on.send(from.isEmpty() ? r.json() : r.continuing("amzn1.echo-api.session.matrix", from).json());
        assertThat(heard.ended()).as("exploring: " + heard).isFalse();
        return keep(on, heard.sessionAttributes(), at);
    }

    private Map<String, Object> keep(SkillDriver on, Map<String, Object> attributes, Instant at) {
        states.putIfAbsent(label(attributes), new State(label(attributes), attributes, on, at));
        return attributes;
    }

    private Instant laterNow() {
        return SkillDriver.NOW.plus(Duration.ofHours(3));
    }

    // ---- reading states (labels only: expectations never come from the code) --------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> brc(Map<String, Object> attributes) {
        Object v = attributes.get(StateCodec.KEY);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String pending(Map<String, Object> attributes) {
        Object q = brc(attributes).get("q");
        return q == null ? "NONE" : q.toString();
    }

    /** routine|step|side|phase|continuous, or "no routine". */
    private static String place(Map<String, Object> attributes) {
        Object r = brc(attributes).get("r");
        if (r == null) {
            return "no routine";
        }
        String[] p = r.toString().split("\\|");
        return p[0] + " step " + p[1] + " side " + p[2] + " " + (p[3].equals("Z") ? "paused" : "playing")
                + (p[4].equals("c") ? " continuous" : "");
    }

    private static String label(Map<String, Object> attributes) {
        Map<String, Object> brc = brc(attributes);
        Object arg = brc.get("qa");
        Object hurt = brc.get("h");
        return place(attributes) + ", pending " + pending(attributes) + (arg == null ? "" : " (" + arg + ")")
                + (hurt == null ? "" : ", hurt " + hurt);
    }

    // ---- the catalog, read by hand --------------------------------------------------------------

    private static List<String> routineIds() {
        List<String> ids = new ArrayList<>();
        ROUTINES.fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    /** The spoken value of the RoutineName slot type for a routine id. */
    private static String routineName(String id) {
        for (JsonNode type : LANGUAGE_MODEL.path("types")) {
            if (type.path("name").asText().equals("RoutineName")) {
                for (JsonNode v : type.path("values")) {
                    if (v.path("id").asText().equals(id)) {
                        return v.path("name").path("value").asText();
                    }
                }
            }
        }
        throw new AssertionError("no RoutineName value for " + id);
    }

    /** Every step and side of every routine was reached playing and paused; every pending question was reached. */
    private void assertCoverage() {
        Set<String> places = new TreeSet<>();
        Set<String> questions = new TreeSet<>();
        for (State s : states.values()) {
            places.add(place(s.attributes()));
            questions.add(pending(s.attributes()));
        }
        List<String> missing = new ArrayList<>();
        for (String id : routineIds()) {
            JsonNode steps = ROUTINES.path(id).path("steps");
            for (int step = 0; step < steps.size(); step++) {
                int sides = Math.max(1, STRETCHES.path(steps.get(step).path("stretch").asText()).path("sides").size());
                for (String mode : List.of("", " continuous")) {
                    for (int side = 0; side < sides; side++) {
                        String paused = id + " step " + step + " side " + side + " paused" + mode;
                        if (!places.contains(paused)) {
                            missing.add(paused);
                        }
                    }
                }
                String playing = id + " step " + step + " side 0 playing";
                if (!places.contains(playing)) {
                    missing.add(playing);
                }
            }
        }
        for (Question q : Question.values()) {
            if (!questions.contains(q.name())) {
                missing.add("pending " + q);
            }
        }
        assertThat(missing).as("states not reached (of " + states.size() + ")").isEmpty();
    }

    private static JsonNode read(Path path) {
        try {
            return Requests.MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
