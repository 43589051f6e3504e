package coach.backrelief.progress;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One finished routine. Short JSON names keep a full history small (60 entries is about 2.5 KB,
 * one DynamoDB read unit).
 *
 * @param date      the user's local date it was finished on
 * @param routineId the routine
 * @param seconds   how long it took
 */
public record CompletedSession(@JsonProperty("d") LocalDate date,
                               @JsonProperty("r") String routineId,
                               @JsonProperty("s") int seconds) {
    public CompletedSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(routineId, "routineId");
    }
}
