package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.ContentRepository;
import coach.backrelief.routine.Plan;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.Stretch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timing cues are honest: for every stretch of every routine, in both renderings, the time from the
 * start cue ("Hold for 30 seconds") to the release cue is the announced time, measured on the
 * rendered output: within 0.2 s for APL for Audio, within 1 s for SSML.
 */
class TimingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ContentRepository REPOSITORY = new ContentRepository();
    /** The locales timed: one per language (the countries share their language's stretches and pace). */
    static final List<String> LOCALES = List.of("en-US", "es-MX");
    /**
     * Words a second of each language's speech at the routines' calm rate, the oracle the rendered
     * output is measured with (content's {@code speech.wordsPerSecond} must say the same).
     */
    private static final java.util.Map<String, Double> WORDS_PER_SECOND = java.util.Map.of("en", 2.4, "es", 2.0);

    private static Content content(String locale) {
        return REPOSITORY.forLocale(locale);
    }

    private static double wordsPerSecond(String locale) {
        return WORDS_PER_SECOND.get(locale.substring(0, 2));
    }

    private static long speechMillis(String text, String locale) {
        return text.isBlank() ? 0 : Math.round(text.strip().split("\\s+").length / wordsPerSecond(locale) * 1000);
    }

    static Stream<Arguments> items() {
        List<Arguments> all = new ArrayList<>();
        for (String locale : LOCALES) {
            Content content = content(locale);
            for (Routine routine : content.catalog().routines()) {
                RoutineScript script = new RoutineScript(content, routine);
                for (int step = 0; step < routine.steps().size(); step++) {
                    for (int side = 0; side < script.sideCount(step); side++) {
                        for (boolean explained : new boolean[]{true, false}) {
                            all.add(Arguments.of(locale, routine.id(), step, side, explained));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theContentSaysTheLanguagesPace(String locale) {
        assertThat(new RoutineScript(content(locale), content(locale).catalog().defaultRoutine()).pace().wordsPerSecond())
                .isEqualTo(wordsPerSecond(locale));
    }

    static Stream<String> locales() {
        return LOCALES.stream();
    }

    /** What the stretch promises: the hold's seconds, or the repetitions at their pace after the lead-in. */
    static long announcedMillis(Routine.Step step, Stretch stretch) {
        return stretch.kind() == Stretch.Kind.REPS
                ? Math.round((RoutineScript.REPS_LEAD_SECONDS + step.reps() * stretch.repSeconds()) * 1000)
                : step.seconds() * 1000L;
    }

    @ParameterizedTest(name = "{0} {1} step {2} side {3} explained={4}")
    @MethodSource("items")
    void aplaHoldLastsTheAnnouncedTime(String locale, String routineId, int step, int side, boolean explained) {
        Case c = new Case(content(locale), routineId, step, side, explained);
        JsonNode doc = MAPPER.valueToTree(AudioRenderer.apla(c.item()));
        List<long[]> starts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        walk(doc.path("mainTemplate").path("item"), 0, starts, texts, locale);
        long start = startOf(c.startCue(), texts, starts);
        long release = startOf(c.releaseCue(), texts, starts);
        assertThat((double) (release - start)).isCloseTo(c.announcedMillis(), org.assertj.core.data.Offset.offset(200.0));
        assertNoCueOverlaps(c.timed(), locale);
    }

    @ParameterizedTest(name = "{0} {1} step {2} side {3} explained={4}")
    @MethodSource("items")
    void ssmlHoldLastsTheAnnouncedTime(String locale, String routineId, int step, int side, boolean explained) {
        Case c = new Case(content(locale), routineId, step, side, explained);
        String ssml = AudioRenderer.ssml(c.item()).toSsml();
        coach.backrelief.testing.Ssml.assertWellFormed(ssml);
        List<Word> words = words(ssml, locale);
        long start = timeOf(words, c.startCue(), 0);
        long release = timeOf(words, c.releaseCue(), start);
        assertThat((double) (release - start)).isCloseTo(c.announcedMillis(), org.assertj.core.data.Offset.offset(1000.0));
    }

    /** One step-side of a routine: its timeline, its timed block and what it announces. */
    private record Case(Routine routine, RoutineScript script, int step, Timeline item) {
        Case(Content content, String routineId, int step, int side, boolean explained) {
            this(content, content.catalog().routine(routineId).orElseThrow(), step, side, explained);
        }

        private Case(Content content, Routine routine, int step, int side, boolean explained) {
            this(routine, new RoutineScript(content, routine), step, side, explained);
        }

        private Case(Routine routine, RoutineScript script, int step, int side, boolean explained) {
            this(routine, script, step, script.item(new Position(step, side), explained, false));
        }

        Timeline.Timed timed() {
            return timedOf(item);
        }

        /** The cue the hold is announced with (after the settling time and its words). */
        String startCue() {
            return timed().cues().stream().filter(c -> c.role() == Timeline.Role.START).findFirst().orElseThrow().text();
        }

        String releaseCue() {
            return timed().cues().get(timed().cues().size() - 1).text();
        }

        long announcedMillis() {
            return TimingTest.announcedMillis(routine.steps().get(step), script.stretch(step));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routineIds")
    void everyResponseFitsTheAudioLimitInContinuousMode(String locale, String routineId) {
        Content content = content(locale);
        RoutinePlan plan = new RoutinePlan(content, content.catalog().routine(routineId).orElseThrow());
        Position from = Position.START;
        int responses = 0;
        while (from.step() < plan.stepCount()) {
            List<Plan.Played> chunk = plan.chunk(from, true, 0);
            long items = chunk.get(chunk.size() - 1).endMillis();
            assertThat(items + RoutinePlan.FRAME_ALLOWANCE_MILLIS).isLessThanOrEqualTo(RoutinePlan.MAX_AUDIO_MILLIS);
            from = Plan.after(chunk);
            responses++;
        }
        assertThat(responses).isLessThan(plan.stepCount());
    }

    static Stream<Arguments> routineIds() {
        return LOCALES.stream().flatMap(locale -> content(locale).catalog().routines().stream()
                .map(r -> Arguments.of(locale, r.id())));
    }

    private static Timeline.Timed timedOf(Timeline item) {
        return item.segments().stream().filter(s -> s instanceof Timeline.Timed).map(s -> (Timeline.Timed) s)
                .findFirst().orElseThrow();
    }

    /** Cues in a timed block never talk over each other (estimated speech plus 0.2 s of air). */
    private static void assertNoCueOverlaps(Timeline.Timed timed, String locale) {
        List<Timeline.Cue> cues = timed.cues();
        for (int i = 0; i + 1 < cues.size(); i++) {
            long end = cues.get(i).atMillis() + speechMillis(cues.get(i).text(), locale);
            assertThat(end + 200).as("'" + cues.get(i).text() + "' ends before '" + cues.get(i + 1).text() + "'")
                    .isLessThanOrEqualTo(cues.get(i + 1).atMillis());
        }
    }

    /** Records the start time of every Speech in an APL-A component tree; returns the component's duration. */
    private static long walk(JsonNode node, long at, List<long[]> starts, List<String> texts, String locale) {
        switch (node.path("type").asText()) {
            case "Sequencer": {
                long t = at;
                for (JsonNode child : node.path("items")) {
                    t += walk(child, t, starts, texts, locale);
                }
                return t - at;
            }
            case "Mixer": {
                long longest = 0;
                for (JsonNode child : node.path("items")) {
                    longest = Math.max(longest, walk(child, at, starts, texts, locale));
                }
                return longest;
            }
            case "Silence":
                return node.path("duration").asLong();
            case "Speech": {
                String text = coach.backrelief.testing.Ssml.plain(node.path("content").asText());
                starts.add(new long[]{at});
                texts.add(text);
                return speechMillis(text, locale);
            }
            default:
                throw new AssertionError("unexpected APL-A component " + node);
        }
    }

    private static long startOf(String cue, List<String> texts, List<long[]> starts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).equals(cue)) {
                return starts.get(i)[0];
            }
        }
        throw new AssertionError("cue not found: " + cue);
    }

    private record Word(String text, long atMillis) {
    }

    /** Each spoken word with its start time: words at the estimated pace, breaks at their length. */
    private static List<Word> words(String ssml, String locale) {
        List<Word> words = new ArrayList<>();
        Matcher m = Pattern.compile("<break time=\"(\\d+)ms\"/>|<[^>]+>|([^<\\s]+)").matcher(ssml);
        long t = 0;
        long perWord = Math.round(1000 / wordsPerSecond(locale));
        while (m.find()) {
            if (m.group(1) != null) {
                t += Long.parseLong(m.group(1));
            } else if (m.group(2) != null) {
                words.add(new Word(m.group(2), t));
                t += perWord;
            }
        }
        return words;
    }

    private static long timeOf(List<Word> words, String phrase, long notBefore) {
        String[] target = coach.backrelief.speech.Ssml.escape(phrase).split("\\s+");
        for (int i = 0; i + target.length <= words.size(); i++) {
            if (words.get(i).atMillis() < notBefore) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < target.length && match; j++) {
                match = words.get(i + j).text().equals(target[j]);
            }
            if (match) {
                return words.get(i).atMillis();
            }
        }
        throw new AssertionError("phrase not found in SSML: " + phrase);
    }
}
