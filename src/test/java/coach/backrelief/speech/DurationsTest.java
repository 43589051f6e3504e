package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.ContentRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a length is said: under 50 seconds to the nearest 5 seconds (never below 5), then to the
 * nearest minute ("time.seconds", "time.minute", "time.minutes" in content/en/messages.json).
 */
class DurationsTest {
    private static final Content EN = new ContentRepository().forLocale("en-US");

    @ParameterizedTest
    @CsvSource({
            "0, 5 seconds",
            "2400, 5 seconds",
            "12400, 10 seconds",
            "12600, 15 seconds",
            "37400, 35 seconds",
            "49400, 50 seconds",
            "49600, about a minute",
            "89000, about a minute",
            "90000, about 2 minutes",
            "149000, about 2 minutes",
            "150000, about 3 minutes",
            "487000, about 8 minutes",
    })
    void spokenToTheNearestFiveSecondsThenMinute(long millis, String said) {
        assertThat(Durations.spoken(EN, millis)).isEqualTo(said);
    }
}
