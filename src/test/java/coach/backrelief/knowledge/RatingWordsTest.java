package coach.backrelief.knowledge;

import coach.backrelief.content.ContentRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** "From zero to ten, how bad is it?" answered in people's own words (English content). */
class RatingWordsTest {
    private static final RatingWords WORDS = new ContentRepository().forLocale("en-US").ratingWords();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "six | 6",
            "um about a six I think | 6",
            "six or seven | 7",
            "between five and six | 6",
            "six and a half | 7",
            "it's a 7.5 | 8",
            "7 | 7",
            "on a scale of one to ten I'd say four | 4",
            "four out of ten | 4",
            "out of ten, two | 2",
            "ten out of ten | 10",
            "zero | 0",
            "no pain at all | 0",
            "honestly it's the worst it's ever been | 10",
            "it's unbearable | 10",
            "it's a nine, honestly it's killing me | 9",
            "off the charts | 10",
            "a hundred | 10",
            "fifteen | 10",
            "skip this one | -1",
            "the one before was worse | -1",
            "pretty sore | -1",
    })
    void readsTheRating(String words, int expected) {
        OptionalInt read = WORDS.read(words);
        if (expected < 0) {
            assertThat(read).as(words).isEmpty();
        } else {
            assertThat(read).as(words).hasValue(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"skip", "skip this one", "I'd rather not", "not now", "just start", "no idea"})
    void declining(String words) {
        assertThat(WORDS.declines(words)).as(words).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not sure, maybe a six", "skip to eight", "pretty sore"})
    void aNumberOrNoDeclineIsNotDeclining(String words) {
        assertThat(WORDS.declines(words)).as(words).isFalse();
    }
}
