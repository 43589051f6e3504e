package coach.backrelief.routine;

/** What the user did, as the routine engine sees it. */
public sealed interface Event {
    /** Start a routine, from the top. */
    record Start(String routineId, boolean continuous) implements Event { }

    /** Next (also done, ready, continue). */
    record Next() implements Event { }

    record Previous() implements Event { }

    record Repeat() implements Event { }

    record Skip() implements Event { }

    /**
     * Pause, {@code elapsedMillis} after the audio of the last response started (from request
     * timestamps; negative or unknown means "at the start").
     */
    record Pause(long elapsedMillis) implements Event { }

    record Resume() implements Event { }

    record StartOver() implements Event { }

    record HowLong() implements Event { }

    record WhatIsThis() implements Event { }

    /** Stop, {@code elapsedMillis} after the audio of the last response started. */
    record Stop(long elapsedMillis) implements Event { }

    /** Something hurts, {@code elapsedMillis} into the last response's audio (which stretch it was). */
    record ItHurts(long elapsedMillis) implements Event { }
}
