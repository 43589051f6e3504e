package coach.backrelief.content;

import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.TopicText;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTest {
    /** A calm speaking pace, used to keep each answer to about 25 seconds. */
    static final double WORDS_PER_SECOND = 2.5;
    static final double MAX_ANSWER_SECONDS = 26;

    private final ContentRepository repository = new ContentRepository();

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en", "en-AU", "fr-FR", "", "not a locale!"})
    void everyLocaleResolvesToCompleteContent(String tag) {
        Content content = repository.forLocale(tag);
        for (Msg msg : Msg.values()) {
            assertThat(content.variants(msg)).allSatisfy(v -> assertThat(v).isNotBlank().doesNotContain("{"));
        }
        for (Topic topic : Topic.values()) {
            TopicText text = content.topic(topic);
            assertThat(text.sentences()).allSatisfy(s -> assertThat(s).doesNotContain("{", "}"));
        }
    }

    @Test
    void localeFallsBackFromCountryToLanguage() {
        assertThat(ContentRepository.normalise("en_GB")).isEqualTo("en-GB");
        assertThat(repository.forLocale("en-GB").text(Msg.EMERGENCY_NUMBER)).isEqualTo("999");
        assertThat(repository.forLocale("en-US").text(Msg.EMERGENCY_NUMBER)).isEqualTo("911");
        assertThat(repository.forLocale("en-AU").text(Msg.EMERGENCY_NUMBER)).isEqualTo("triple zero");
        assertThat(repository.forLocale("en-IN").text(Msg.EMERGENCY_NUMBER)).isEqualTo("112");
        assertThat(repository.forLocale("en-CA").text(Msg.EMERGENCY_NUMBER)).isEqualTo("911");
        assertThat(repository.forLocale("en-NZ").text(Msg.EMERGENCY_NUMBER)).as("a country with no layer: English")
                .isEqualTo("your local emergency number");
        assertThat(repository.forLocale("en-US")).isSameAs(repository.forLocale("en-US"));
    }

    @Test
    void everyMessageKeyInTheFilesIsKnownToTheCodeAndBackAgain() throws Exception {
        Set<String> inCode = Arrays.stream(Msg.values()).map(Msg::key).collect(Collectors.toSet());
        for (String layer : List.of("en", "en-US", "en-GB", "en-CA", "en-AU", "en-IN")) {
            try (InputStream in = getClass().getResourceAsStream("/content/" + layer + "/messages.json")) {
                Set<String> inFile = new HashSet<>();
                new ObjectMapper().readTree(in).fieldNames().forEachRemaining(inFile::add);
                assertThat(inCode).as(layer).containsAll(inFile);
                if (layer.equals("en")) {
                    assertThat(inFile).containsAll(inCode);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void answersAreShortEnoughForTheEar(String tag) {
        Content content = repository.forLocale(tag);
        for (Topic topic : Topic.values()) {
            TopicText text = content.topic(topic);
            String longestOpener = text.openers().stream().max((a, b) -> a.length() - b.length()).orElse("");
            String all = longestOpener + " " + String.join(" ", text.sentences()) + " " + text.offer();
            double seconds = all.split("\\s+").length / WORDS_PER_SECOND;
            assertThat(seconds).as(topic + " speaking time").isLessThanOrEqualTo(MAX_ANSWER_SECONDS);
            assertThat(text.sentences()).allSatisfy(s -> assertThat(s.split("\\s+").length)
                    .as("one idea per sentence: " + s).isLessThanOrEqualTo(40));
            assertThat(text.offer()).endsWith("?");
            assertThat(text.openers()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void noContentEverNamesADose() {
        Content content = repository.forLocale("en-US");
        for (Topic topic : Topic.values()) {
            assertThat(String.join(" ", content.topic(topic).sentences()))
                    .doesNotContainPattern("(?i)\\d+\\s*(mg|milligram|tablets? a day|pills? a day)");
            for (TopicText.Detail detail : content.topic(topic).details()) {
                assertThat(String.join(" ", detail.sentences()))
                        .doesNotContainPattern("(?i)\\d+\\s*(mg|milligram|tablets? a day|pills? a day)");
            }
        }
    }

    /** A specific answer is short: it answers first, in at most three sentences of one idea each. */
    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void specificAnswersAreShort(String tag) {
        for (Topic topic : Topic.values()) {
            for (TopicText.Detail detail : repository.forLocale(tag).topic(topic).details()) {
                assertThat(detail.sentences()).hasSizeBetween(1, 3);
                double seconds = (String.join(" ", detail.sentences()) + " " + repository.forLocale(tag).topic(topic).offer())
                        .split("\\s+").length / WORDS_PER_SECOND;
                assertThat(seconds).as(topic + " detail " + detail.cues().get(0)).isLessThanOrEqualTo(15);
            }
        }
    }
}
