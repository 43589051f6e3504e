package coach.backrelief.local;

import coach.backrelief.content.ContentRepository;
import coach.backrelief.knowledge.Assessment;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.Triage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure triage alone (no model, no skill) on the human-labelled corpus: each line's whole words,
 * as the triage would read them if Alexa sent them all (an answer to "is it in both legs…?" read
 * with that question, as the skill reads it). The floors are what it reached when this test was
 * written; a change that lowers any of them, or lets one non-flag line through as an emergency,
 * fails. The end-to-end figures, with the model's intents in front, are NluEvaluationTest's.
 */
class TriageCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/nlu");

    @ParameterizedTest
    @CsvSource({"en-US, 585, 679, 387", "en-GB, 275, 214, 157"})
    void theTriageAloneFindsTheSignsAndTheTopics(String locale, int flagFloor, int topicFloor, int commandFloor) {
        Triage triage = new ContentRepository().forLocale(locale).triage();
        int flags = 0;
        int flagLines = 0;
        int topics = 0;
        int topicLines = 0;
        int commands = 0;
        int commandLines = 0;
        int falseEmergencies = 0;
        for (NluCorpus.Line line : NluCorpus.load(CORPUS, locale)) {
            Assessment a = line.context().equals("symptom_followup")
                    ? triage.understand("DescribeSymptomIntent", triage.prefix("answer.SYMPTOM_WHERE") + " " + line.say())
                    : triage.assess(line.say());
            Optional<RedFlag.Tier> tier = a.flag().map(RedFlag::tier);
            if (line.tier() != null) {
                flagLines++;
                RedFlag.Tier expected = RedFlag.Tier.valueOf(line.tier().toUpperCase(java.util.Locale.ROOT));
                flags += tier.filter(t -> t.ordinal() <= expected.ordinal()).isPresent() ? 1 : 0;
            } else if (tier.filter(t -> t == RedFlag.Tier.EMERGENCY).isPresent() && !line.negated()) {
                falseEmergencies++;
            }
            if (line.expect().equals("topic")) {
                topicLines++;
                topics += a.topic().map(Topic::name).filter(line.topic()::equals).isPresent() ? 1 : 0;
            }
            if (line.expect().equals("command")) {
                commandLines++;
                String intent = NluCorpus.commandIntent(line);
                Optional<String> said = line.context().equals("routine") ? a.act() : a.intent();
                commands += said.filter(intent::equals).isPresent() ? 1 : 0;
            }
        }
        System.out.printf("triage alone %s: signs %d/%d, topics %d/%d, commands %d/%d, false emergencies %d%n",
                locale, flags, flagLines, topics, topicLines, commands, commandLines, falseEmergencies);
        assertThat(flags).as("red-flag lines at their tier or a more urgent one").isGreaterThanOrEqualTo(flagFloor);
        assertThat(topics).as("topic lines").isGreaterThanOrEqualTo(topicFloor);
        assertThat(commands).as("command lines").isGreaterThanOrEqualTo(commandFloor);
        assertThat(falseEmergencies).as("non-flag lines answered as an emergency").isZero();
    }
}
