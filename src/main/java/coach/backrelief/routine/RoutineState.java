package coach.backrelief.routine;

/**
 * Where a user is in a routine, as it travels in the session between turns.
 *
 * @param routineId  the routine
 * @param at         where the audio of the last response started (or where to resume when paused)
 * @param phase      playing (audio was sent at {@code playedAt}) or paused
 * @param continuous true when playing the whole routine without a "next" between stretches
 * @param playedAt   epoch milliseconds of the request whose response started the audio
 * @param seen       bit set of catalog stretch indexes already explained in full this session
 */
public record RoutineState(String routineId, Position at, Phase phase, boolean continuous, long playedAt, long seen) {

    /** What the routine is doing. */
    public enum Phase { PLAYING, PAUSED }

    public RoutineState playing(Position position, long now, long seenNow) {
        return new RoutineState(routineId, position, Phase.PLAYING, continuous, now, seenNow);
    }

    /** The same state with the audio start moved (the lead-in's speaking time is added by the speech layer). */
    public RoutineState withPlayedAt(long millis) {
        return new RoutineState(routineId, at, phase, continuous, millis, seen);
    }
}
