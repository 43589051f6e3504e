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
 */
public record SessionState(Question question, String questionArg, String last, RoutineState routine,
                           boolean screened, long seen) {

    public static final SessionState EMPTY = new SessionState(Question.NONE, null, null, null, false, 0);

    public SessionState asking(Question q, String arg) {
        return new SessionState(q, arg, last, routine, screened, seen);
    }

    public SessionState notAsking() {
        return asking(Question.NONE, null);
    }

    public SessionState said(String token) {
        return new SessionState(question, questionArg, token, routine, screened, seen);
    }

    public SessionState withRoutine(RoutineState state, long seenNow) {
        return new SessionState(question, questionArg, last, state, screened, seenNow);
    }

    public SessionState markScreened() {
        return new SessionState(question, questionArg, last, routine, true, seen);
    }
}
