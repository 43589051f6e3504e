package coach.backrelief.progress;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How bad the user said their back was, from zero to ten, on one day: before a routine, and after
 * it when they answered then too. Short JSON names, as {@link CompletedSession}.
 *
 * @param date   the user's local date
 * @param before the rating before the routine (or said on its own), or null
 * @param after  the rating after the routine, or null
 */
public record BackRating(@JsonProperty("d") LocalDate date,
                         @JsonProperty("b") Integer before,
                         @JsonProperty("a") Integer after) {
    public BackRating {
        Objects.requireNonNull(date, "date");
    }
}
