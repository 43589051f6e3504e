package coach.backrelief.skill;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place session state is written to and read from session attributes: one small map under
 * {@link #KEY}, with a version. Anything unknown, stale or tampered decodes to
 * {@link SessionState#EMPTY} with {@code valid=false}; it never throws.
 */
public final class StateCodec {
    public static final String KEY = "brc";
    public static final int VERSION = 1;

    /** A decoded state and whether the attributes held a usable one. */
    public record Decoded(SessionState state, boolean valid) {
    }

    private StateCodec() {
    }

    public static Map<String, Object> encode(SessionState state) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("v", VERSION);
        if (state.question() != Question.NONE) {
            map.put("q", state.question().name());
            if (state.questionArg() != null) {
                map.put("qa", state.questionArg());
            }
        }
        if (state.last() != null) {
            map.put("l", state.last());
        }
        return map;
    }

    /** Decodes the raw attribute value; absent means a fresh session (valid). */
    public static Decoded decode(Object raw) {
        if (raw == null) {
            return new Decoded(SessionState.EMPTY, true);
        }
        try {
            if (!(raw instanceof Map<?, ?> map) || !(map.get("v") instanceof Number v) || v.intValue() != VERSION) {
                return invalid();
            }
            Question question = Question.NONE;
            Object q = map.get("q");
            if (q != null) {
                question = Question.valueOf(text(q));
            }
            String arg = map.get("qa") == null ? null : text(map.get("qa"));
            String last = map.get("l") == null ? null : text(map.get("l"));
            if (last != null && !Replay.isValid(last)) {
                last = null;
            }
            if (question == Question.OFFER_TOPIC && (arg == null || coach.backrelief.knowledge.Topic.forId(arg).isEmpty())) {
                return invalid();
            }
            return new Decoded(new SessionState(question, arg, last), true);
        } catch (IllegalArgumentException e) {
            return invalid();
        }
    }

    private static String text(Object value) {
        if (!(value instanceof String s) || s.length() > 64) {
            throw new IllegalArgumentException("not a short string");
        }
        return s;
    }

    private static Decoded invalid() {
        return new Decoded(SessionState.EMPTY, false);
    }
}
