package coach.backrelief.skill;

/**
 * What the skill remembers between turns of one session.
 *
 * @param question    the pending yes/no question
 * @param questionArg what the question is about (for example a topic id), or null
 * @param last        what was said last, as a replay token for "repeat" (see {@link Replay}), or null
 */
public record SessionState(Question question, String questionArg, String last) {

    public static final SessionState EMPTY = new SessionState(Question.NONE, null, null);

    public SessionState asking(Question q, String arg) {
        return new SessionState(q, arg, last);
    }

    public SessionState notAsking() {
        return new SessionState(Question.NONE, null, last);
    }

    public SessionState said(String token) {
        return new SessionState(question, questionArg, token);
    }
}
