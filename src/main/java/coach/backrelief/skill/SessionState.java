package coach.backrelief.skill;

import coach.backrelief.routine.RoutineState;

/**
 * What the skill remembers between turns of one session.
 *
 * @param question    the pending yes/no question
 * @param questionArg what the question is about (a topic id, a routine choice), or null
 * @param last        what was said last, as a replay token for "repeat" (see {@link Replay}), or null
 * @param routine     the routine in progress, or null
 * @param screened    the safety question was answered "no" this session
 * @param seen        stretches explained in full this session (catalog index bits)
 * @param hurt        stretches that hurt this session (catalog index bits): no routine plays them again
 * @param skipped     stretches the user asked never to be given again (catalog index bits), from their
 *                    progress when a routine starts and from "no more bridges" said this session
 */
public record SessionState(Question question, String questionArg, String last, RoutineState routine,
                           boolean screened, long seen, long hurt, long skipped) {

    public static final SessionState EMPTY = new SessionState(Question.NONE, null, null, null, false, 0, 0, 0);

    public SessionState asking(Question q, String arg) {
        return new SessionState(q, arg, last, routine, screened, seen, hurt, skipped);
    }

    public SessionState notAsking() {
        return asking(Question.NONE, null);
    }

    public SessionState said(String token) {
        return new SessionState(question, questionArg, token, routine, screened, seen, hurt, skipped);
    }

    public SessionState withRoutine(RoutineState state, long seenNow) {
        return new SessionState(question, questionArg, last, state, screened, seenNow, hurt, skipped);
    }

    public SessionState markScreened() {
        return new SessionState(question, questionArg, last, routine, true, seen, hurt, skipped);
    }

    /** The same state with one more stretch (catalog index) that hurt. */
    public SessionState withHurt(int stretchIndex) {
        return new SessionState(question, questionArg, last, routine, screened, seen, hurt | (1L << stretchIndex), skipped);
    }

    /** A fresh start that still remembers the stretches that hurt: they stay out for the whole session. */
    public SessionState cleared() {
        return new SessionState(Question.NONE, null, null, null, false, 0, hurt, skipped);
    }

    /** The same state with these stretches (catalog index bits) never to be given. */
    public SessionState withSkipped(long bits) {
        return new SessionState(question, questionArg, last, routine, screened, seen, hurt, skipped | bits);
    }

    /** The same state with these stretches given again ("bring back bridges"). */
    public SessionState withoutSkipped(long bits) {
        return new SessionState(question, questionArg, last, routine, screened, seen, hurt, skipped & ~bits);
    }

    /** Stretches no routine plays this session: those that hurt and those the user skipped for good. */
    public long leftOut() {
        return hurt | skipped;
    }
}
