package coach.backrelief.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a user stopped in a routine. Opaque to this package: the routine code decides what the
 * ids and numbers mean.
 *
 * @param routineId    the routine
 * @param stretchIndex the stretch to resume at (0-based)
 * @param side         which side of that stretch (the routine code's numbering)
 * @param savedAt      when the position was saved
 */
public record SavedRoutine(String routineId, int stretchIndex, int side, Instant savedAt) {
    public SavedRoutine {
        Objects.requireNonNull(routineId, "routineId");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
