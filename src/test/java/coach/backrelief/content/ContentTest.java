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
    /**
     * Spanish says fewer words a second (longer words): espeak-ng read 112 messages in both
     * languages at 0.84 times English's words a second, so the same bound allows 2.1 words a second.
     */
    static final double SPANISH_WORDS_PER_SECOND = 2.1;

    private static double wordsPerSecond(String tag) {
        return tag.startsWith("es") ? SPANISH_WORDS_PER_SECOND : WORDS_PER_SECOND;
    }
    static final double MAX_ANSWER_SECONDS = 26;

    private final ContentRepository repository = new ContentRepository();
    /** A number with a unit of dose, in English or Spanish ("400 mg", "2 pastillas al día"). */
    private static final String DOSE = "(?i)\\d+\\s*(mg|milligram|miligramo|tablets? a day|pills? a day"
            + "|pastillas? al d[ií]a|comprimidos? al d[ií]a|c[aá]psulas? al d[ií]a|gotas)";

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en", "en-AU", "fr-FR", "", "not a locale!", "es", "es-US", "es-MX",
        "es-ES", "es-AR"})
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
        assertThat(repository.forLocale("es-US").text(Msg.EMERGENCY_NUMBER)).isEqualTo("911");
        assertThat(repository.forLocale("es-MX").text(Msg.EMERGENCY_NUMBER)).isEqualTo("911");
        assertThat(repository.forLocale("es-ES").text(Msg.EMERGENCY_NUMBER)).isEqualTo("112");
        assertThat(repository.forLocale("es-AR").text(Msg.EMERGENCY_NUMBER)).as("a Spanish country with no layer: Spanish")
                .isEqualTo("el número de emergencias de tu país");
    }

    @Test
    void spanishIsItsOwnBaseAndNeverMixedWithEnglish() {
        assertThat(repository.layers("es-MX")).containsExactly("es", "es-MX");
        assertThat(repository.layers("es")).containsExactly("es");
        assertThat(repository.layers("en-GB")).containsExactly("en", "en-GB");
        assertThat(repository.layers("fr-FR")).as("no French: English").containsExactly("en", "fr", "fr-FR");
        Content spanish = repository.forLocale("es-MX");
        Content english = repository.forLocale("en-US");
        for (Msg msg : Msg.values()) {
            if (msg != Msg.WORDS_PER_SECOND && msg != Msg.EMERGENCY_NUMBER && msg != Msg.CUE_COUNT) {
                assertThat(spanish.text(msg)).as(msg.key()).isNotEqualTo(english.text(msg));
            }
        }
    }

    @Test
    void everyMessageKeyInTheFilesIsKnownToTheCodeAndBackAgain() throws Exception {
        Set<String> inCode = Arrays.stream(Msg.values()).map(Msg::key).collect(Collectors.toSet());
        for (String layer : List.of("en", "en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es", "es-US", "es-MX", "es-ES")) {
            try (InputStream in = getClass().getResourceAsStream("/content/" + layer + "/messages.json")) {
                Set<String> inFile = new HashSet<>();
                new ObjectMapper().readTree(in).fieldNames().forEachRemaining(inFile::add);
                assertThat(inCode).as(layer).containsAll(inFile);
                if (layer.equals("en") || layer.equals("es")) {
                    assertThat(inFile).containsAll(inCode);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-MX", "es-ES"})
    void answersAreShortEnoughForTheEar(String tag) {
        Content content = repository.forLocale(tag);
        for (Topic topic : Topic.values()) {
            TopicText text = content.topic(topic);
            String longestOpener = text.openers().stream().max((a, b) -> a.length() - b.length()).orElse("");
            String all = longestOpener + " " + String.join(" ", text.sentences()) + " " + text.offer();
            double seconds = all.split("\\s+").length / wordsPerSecond(tag);
            assertThat(seconds).as(topic + " speaking time").isLessThanOrEqualTo(MAX_ANSWER_SECONDS);
            assertThat(text.sentences()).allSatisfy(s -> assertThat(s.split("\\s+").length)
                    .as("one idea per sentence: " + s).isLessThanOrEqualTo(40));
            assertThat(text.offer()).endsWith("?");
            assertThat(text.openers()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "es-US", "es-MX", "es-ES"})
    void noContentEverNamesADose(String tag) {
        Content content = repository.forLocale(tag);
        for (Topic topic : Topic.values()) {
            assertThat(String.join(" ", content.topic(topic).sentences()))
                    .doesNotContainPattern(DOSE);
            for (TopicText.Detail detail : content.topic(topic).details()) {
                assertThat(String.join(" ", detail.sentences()))
                        .doesNotContainPattern(DOSE);
            }
        }
    }

    /** A specific answer is short: it answers first, in at most three sentences of one idea each. */
    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-MX", "es-ES"})
    void specificAnswersAreShort(String tag) {
        for (Topic topic : Topic.values()) {
            for (TopicText.Detail detail : repository.forLocale(tag).topic(topic).details()) {
                assertThat(detail.sentences()).hasSizeBetween(1, 3);
                double seconds = (String.join(" ", detail.sentences()) + " " + repository.forLocale(tag).topic(topic).offer())
                        .split("\\s+").length / wordsPerSecond(tag);
                assertThat(seconds).as(topic + " detail " + detail.cues().get(0)).isLessThanOrEqualTo(15);
            }
        }
    }
}
