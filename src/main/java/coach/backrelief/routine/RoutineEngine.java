package coach.backrelief.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The routine state machine: {@code (state, event) -> (state, prompt)}. Pure: time arrives in the
 * events, timing in the {@link Plan}.
 *
 * <p>Positions: the state's {@code at} is where the audio of the last response started. "Next"
 * moves to the step after the last one that response played; "repeat" plays it again; "pause"
 * works out, from the time since the audio started, which step and side was playing, and
 * "resume" restarts exactly there, so no stretch the user did not do is ever skipped.
 */
public final class RoutineEngine {
    /** Gentle routine id, offered when a stretch hurts. */
    public static final String GENTLE = "GENTLE";

    /** The engine's answer: the next state (null when no routine continues) and what to say. */
    public record Outcome(RoutineState state, Prompt prompt) {
    }

    private RoutineEngine() {
    }

    /** Starts a routine; {@code seen} carries the stretches already explained earlier in the session. */
    public static Outcome start(String routineId, boolean continuous, Plan plan, long now, long seen) {
        return begin(routineId, Position.START, Prompt.Lead.START, continuous, plan, now, seen);
    }

    /** Starts a routine part way through (resuming a saved place), with the resume lead-in. */
    public static Outcome resumeAt(String routineId, Position from, Plan plan, long now, long seen) {
        return begin(routineId, from, Prompt.Lead.RESUME, false, plan, now, seen);
    }

    private static Outcome begin(String routineId, Position from, Prompt.Lead lead, boolean continuous, Plan plan,
                                 long now, long seen) {
        RoutineState fresh = new RoutineState(routineId, from, RoutineState.Phase.PLAYING, continuous, now, seen);
        return play(fresh, from, lead, plan, now, seen);
    }

    public static Outcome apply(RoutineState state, Event event, Plan plan, long now) {
        if (state == null) {
            return new Outcome(null, new Prompt.NoRoutine());
        }
        if (event instanceof Event.Start s) {
            return start(s.routineId(), s.continuous(), plan, now, seenAfter(state, plan));
        } else if (event instanceof Event.Next) {
            return advance(state, Prompt.Lead.NEXT, plan, now);
        } else if (event instanceof Event.Skip) {
            return advance(state, Prompt.Lead.SKIP, plan, now);
        } else if (event instanceof Event.Previous) {
            return previous(state, plan, now);
        } else if (event instanceof Event.Repeat) {
            return play(state, state.at(), Prompt.Lead.REPEAT, plan, now, seenAfter(state, plan));
        } else if (event instanceof Event.Resume) {
            return play(state, state.at(), Prompt.Lead.RESUME, plan, now, seenAfter(state, plan));
        } else if (event instanceof Event.StartOver) {
            return play(state, Position.START, Prompt.Lead.START_OVER, plan, now, seenAfter(state, plan));
        } else if (event instanceof Event.Pause p) {
            return pause(state, p.elapsedMillis(), plan);
        } else if (event instanceof Event.HowLong) {
            return new Outcome(state, remaining(state, plan));
        } else if (event instanceof Event.WhatIsThis) {
            return new Outcome(state, new Prompt.Describe(state.routineId(), state.at().step()));
        } else if (event instanceof Event.Stop s) {
            return new Outcome(null, new Prompt.Stopped(reached(state, s.elapsedMillis(), plan).step(), plan.stepCount()));
        } else if (event instanceof Event.ItHurts h) {
            int step = Math.min(reached(state, h.elapsedMillis(), plan).step(), plan.stepCount() - 1);
            return new Outcome(null, new Prompt.Hurts(!GENTLE.equals(state.routineId()), step));
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private static Outcome advance(RoutineState state, Prompt.Lead lead, Plan plan, long now) {
        Position next = state.phase() == RoutineState.Phase.PAUSED
                ? Position.stepStart(state.at().step() + 1)
                : Plan.after(plan.chunk(state.at(), state.continuous(), state.seen()));
        if (next.step() >= plan.stepCount()) {
            return new Outcome(null, new Prompt.Done(state.routineId(), plan.remainingMillis(0, 0)));
        }
        return play(state, next, lead, plan, now, seenAfter(state, plan));
    }

    private static Outcome previous(RoutineState state, Plan plan, long now) {
        int step = state.at().step();
        if (step == 0) {
            return new Outcome(state, new Prompt.AtFirst());
        }
        return play(state, Position.stepStart(step - 1), Prompt.Lead.PREVIOUS, plan, now, seenAfter(state, plan));
    }

    private static Outcome pause(RoutineState state, long elapsedMillis, Plan plan) {
        Position at = state.phase() == RoutineState.Phase.PAUSED ? state.at() : reached(state, elapsedMillis, plan);
        if (at.step() >= plan.stepCount()) {
            at = Position.stepStart(plan.stepCount() - 1);
        }
        RoutineState paused = new RoutineState(state.routineId(), at, RoutineState.Phase.PAUSED, state.continuous(),
                state.playedAt(), seenAfter(state, plan));
        return new Outcome(paused, new Prompt.Paused());
    }

    /**
     * The step and side that were playing {@code elapsedMillis} into the last response's audio, or
     * the position after it when it had finished. Paused states stay where they are.
     */
    static Position reached(RoutineState state, long elapsedMillis, Plan plan) {
        if (state.phase() == RoutineState.Phase.PAUSED) {
            return state.at();
        }
        List<Plan.Played> chunk = plan.chunk(state.at(), state.continuous(), state.seen());
        if (elapsedMillis < 0) {
            return state.at();
        }
        for (Plan.Played item : chunk) {
            if (elapsedMillis < item.endMillis()) {
                return item.position();
            }
        }
        return Plan.after(chunk);
    }

    private static Prompt remaining(RoutineState state, Plan plan) {
        int step = state.at().step();
        long after = step + 1 < plan.stepCount() ? plan.remainingMillis(step + 1, state.seen()) : 0;
        return new Prompt.Remaining(step + 1, plan.stepCount(), after);
    }

    /**
     * Plays from {@code from}. {@code seen} is what has been explained before this response; the
     * new state keeps it (the stretches this response explains are added by {@link #seenAfter}),
     * so the chunk can be recomputed exactly, with its timing, when a pause arrives.
     */
    private static Outcome play(RoutineState state, Position from, Prompt.Lead lead, Plan plan, long now, long seen) {
        List<Plan.Played> chunk = plan.chunk(from, state.continuous(), seen);
        List<Boolean> explained = new ArrayList<>();
        long marks = seen;
        for (Plan.Played item : chunk) {
            long bit = 1L << plan.stretchIndex(item.position().step());
            explained.add((marks & bit) == 0);
            marks |= bit;
        }
        boolean ends = Plan.after(chunk).step() >= plan.stepCount();
        RoutineState next = state.playing(from, now, seen);
        return new Outcome(next, new Prompt.Play(lead, state.routineId(), chunk, explained, state.continuous(), ends));
    }

    /** Stretches explained so far, including those the last response played. */
    public static long seenAfter(RoutineState state, Plan plan) {
        if (state.phase() == RoutineState.Phase.PAUSED) {
            return state.seen();
        }
        long seen = state.seen();
        for (Plan.Played item : plan.chunk(state.at(), state.continuous(), state.seen())) {
            seen |= 1L << plan.stretchIndex(item.position().step());
        }
        return seen;
    }
}
