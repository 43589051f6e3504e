package coach.backrelief.knowledge;

import coach.backrelief.content.ContentRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** "Del cero al diez, ¿cuánto te duele?" answered in Spanish (content/es/messages.json's rating words). */
class SpanishRatingWordsTest {
    private static final RatingWords WORDS = new ContentRepository().forLocale("es-MX").ratingWords();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "seis | 6",
            "eh, como un seis, creo | 6",
            "seis o siete | 7",
            "entre cinco y seis | 6",
            "seis y medio | 7",
            "Dieciséis | 10",
            "en una escala del uno al diez, diría que cuatro | 4",
            "un ocho de diez | 8",
            "cero | 0",
            "nada de dolor | 0",
            "el peor dolor de mi vida | 10",
            "es insoportable | 10",
            "un nueve, me está matando | 9",
            "7 | 7",
            "ese otro dolía más | -1",
            "me duele bastante | -1",
    })
    void readsTheRating(String said, int expected) {
        OptionalInt read = WORDS.read(said);
        assertThat(read.isPresent() ? read.getAsInt() : -1).as(said).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"sáltatelo | true", "ahora no | true", "prefiero no | true", "seis | false",
            "no sé | true"})
    void aDeclineIsNotARating(String said, boolean declines) {
        assertThat(WORDS.declines(said)).as(said).isEqualTo(declines);
    }
}
