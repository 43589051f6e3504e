package coach.backrelief.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    @Test
    void accentedVowelsAreFoldedAndCaseIsLowered() {
        assertThat(Words.fold("Está ENTUMECIDA, ¿qué hago?")).isEqualTo("esta entumecida, ¿que hago?");
        assertThat(Words.fold("Rápida ó lénta, pingüino")).isEqualTo("rapida o lenta, pinguino");
    }

    @Test
    void enyeIsNotAVowelAndStays() {
        // "año" (year) must never read as "ano" (anus): a saddle-area word in the Spanish triage
        assertThat(Words.fold("Hace un AÑO")).isEqualTo("hace un año");
    }

    @Test
    void plainTextIsReturnedLowerCased() {
        assertThat(Words.fold("My back hurts")).isEqualTo("my back hurts");
    }
}
