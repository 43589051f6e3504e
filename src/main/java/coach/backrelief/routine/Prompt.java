package coach.backrelief.routine;

import java.util.List;

/** What the engine decided to say; the speech layer decides how. */
public sealed interface Prompt {

    /** Why a stretch is being played, which picks its lead-in words. */
    enum Lead { START, NEXT, PREVIOUS, REPEAT, RESUME, START_OVER, SKIP }

    /**
     * Play the stretches of {@code chunk}. {@code explained} holds, per item, whether full
     * instructions are given (first time this session) or the short cue. {@code endsRoutine} when
     * nothing is left after this chunk.
     */
    record Play(Lead lead, String routineId, List<Plan.Played> chunk, List<Boolean> explained,
                boolean continuous, boolean endsRoutine) implements Prompt { }

    record Paused() implements Prompt { }

    record AtFirst() implements Prompt { }

    /** "How much longer": the current step number (1-based), total, and time left after the current step. */
    record Remaining(int stepNumber, int total, long millisAfterCurrent) implements Prompt { }

    record Describe(String routineId, int step) implements Prompt { }

    record Stopped(int done, int total) implements Prompt { }

    record Done(String routineId, long totalMillis) implements Prompt { }

    /**
     * Pain during a routine: stop, advise, and offer the gentle routine (or a professional when
     * already gentle). {@code step} is the step that was playing when it hurt.
     */
    record Hurts(boolean offerGentle, int step) implements Prompt { }

    /** No routine is running (never started, finished, or the state could not be read). */
    record NoRoutine() implements Prompt { }
}
