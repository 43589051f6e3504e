package coach.backrelief.routine;

import java.util.List;

/**
 * What the engine needs to know about the timing of a routine, computed by the speech layer from
 * the spoken timeline (so the engine stays pure and the numbers stay honest).
 */
public interface Plan {
    int stepCount();

    /** Catalog index of the stretch at a step (for "explained already" bookkeeping). */
    int stretchIndex(int step);

    /** The items one response plays when it starts at {@code from}: one step in step mode, as much as fits in continuous mode. */
    List<Played> chunk(Position from, boolean continuous, long seen);

    /** Milliseconds of routine left from the start of {@code step}, with short cues for stretches already seen. */
    long remainingMillis(int step, long seen);

    /** One step-side played by a response, with its start and end in milliseconds from the start of the response's audio. */
    record Played(Position position, long startMillis, long endMillis) {
    }

    /** The position right after a chunk (the step after its last item). */
    static Position after(List<Played> chunk) {
        return Position.stepStart(chunk.get(chunk.size() - 1).position().step() + 1);
    }
}
