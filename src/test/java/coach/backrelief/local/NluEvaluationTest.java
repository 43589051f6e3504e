package coach.backrelief.local;

import coach.backrelief.local.NluCorpus.Line;
import coach.backrelief.local.NluEvaluation.Figures;
import coach.backrelief.local.NluEvaluation.Result;
import coach.backrelief.knowledge.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Understanding, measured on the evaluation corpus (sentences written without seeing the model):
 * each line through the console's strict matcher, then the real stream handler; the response is
 * judged (see {@link NluEvaluation}). Prints the figures and confusion tables; fails under the
 * thresholds of issue 9. Every miss is written to {@code target/nlu-<locale>-misses.txt}.
 */
class NluEvaluationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "en-GB"})
    void understandingMeetsTheThresholds(String locale) throws IOException {
        List<Line> corpus = NluCorpus.load(NluCorpus.DIRECTORY, locale);
        InteractionModel model = InteractionModel.load(locale);
        List<Result> results = new NluEvaluation(locale, model).run(corpus, NluEvaluation.consoleMatcher(model));
        String report = NluEvaluation.report("NLU evaluation " + locale + " (console matcher, model "
                + model.locale() + ")", results);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/nlu-" + locale + "-report.txt"), report);
        Files.writeString(Path.of("target/nlu-" + locale + "-misses.txt"), NluEvaluation.misses(results));

        Figures f = NluEvaluation.figures(results);
        assertThat(f.recall("emergency")).as("emergency recall").isGreaterThanOrEqualTo(0.98);
        assertThat(f.recall("urgent")).as("urgent recall").isGreaterThanOrEqualTo(0.98);
        assertThat(f.recall("routine")).as("routine recall").isGreaterThanOrEqualTo(0.98);
        assertThat(f.falseEmergencyRate()).as("false emergencies on non-flag lines").isLessThanOrEqualTo(0.01);
        assertThat(f.intentAccuracy()).as("intent accuracy").isGreaterThanOrEqualTo(0.92);
        assertThat(f.fallbackRate()).as("out-of-domain to fallback").isGreaterThanOrEqualTo(0.90);
        assertThat(f.flagFallbacks()).as("red-flag lines answered with the generic fallback").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "en-GB"})
    void theCorpusCoversWhatTheIssueAsks(String locale) {
        List<Line> corpus = NluCorpus.load(NluCorpus.DIRECTORY, locale);
        boolean us = locale.equals("en-US");
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(us ? 1000 : 250);
        assertThat(corpus.stream().filter(l -> l.expect().equals("red_flag") || l.negated()))
                .hasSizeGreaterThanOrEqualTo(us ? 150 : 60);
        assertThat(corpus.stream().filter(l -> l.expect().equals("fallback"))).hasSizeGreaterThanOrEqualTo(us ? 80 : 40);
        Map<String, Long> perGroup = corpus.stream().filter(l -> l.expect().equals("red_flag"))
                .collect(Collectors.groupingBy(Line::group, Collectors.counting()));
        for (RedFlag flag : RedFlag.values()) {
            assertThat(perGroup.getOrDefault(flag.name(), 0L)).as(locale + " lines for " + flag)
                    .isGreaterThanOrEqualTo(5);
            String tier = flag.tier().name().toLowerCase(java.util.Locale.ROOT);
            assertThat(corpus.stream().filter(l -> flag.name().equals(l.group())))
                    .as(flag + " is labelled with its tier").allMatch(l -> l.tier().equals(tier));
        }
        assertThat(corpus.stream().filter(Line::negated)).as("negated lines").isNotEmpty();
        Set<String> seen = new HashSet<>();
        for (Line line : corpus) {
            assertThat(seen.add(Utterances.normalise(line.say()))).as("said twice: " + line.say()).isTrue();
        }
    }

    /** The corpus measures the model only if the model was not written from it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "en-GB"})
    void noEvaluationLineIsASample(String locale) {
        InteractionModel model = InteractionModel.load(locale);
        Set<String> samples = model.intents().stream().flatMap(i -> i.samples().stream())
                .map(Utterances::normalise).collect(Collectors.toSet());
        List<String> both = NluCorpus.load(NluCorpus.DIRECTORY, locale).stream().map(Line::say)
                .filter(say -> samples.contains(Utterances.normalise(say))).toList();
        assertThat(both).as("evaluation lines that are also samples").isEmpty();
    }

    @Test
    void aRedFlagMidRoutineGetsTheEmergencyAnswerThroughTheConsoleMatcher() {
        InteractionModel model = InteractionModel.load("en-US");
        Line line = new Line("test", "ow, hang on, I've just realised I can't feel my bum at all", "routine",
                "red_flag", null, "emergency", "SADDLE", null, null, null, false, null);
        Result result = new NluEvaluation("en-US", model).run(List.of(line), NluEvaluation.consoleMatcher(model)).get(0);
        assertThat(result.outcome()).isEqualTo("emergency");
        assertThat(result.stretch()).isFalse();
    }
}
