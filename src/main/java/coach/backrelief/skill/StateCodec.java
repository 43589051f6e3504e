package coach.backrelief.skill;

import coach.backrelief.knowledge.Topic;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.RoutineCatalog;
import coach.backrelief.routine.RoutineState;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place session state is written to and read from session attributes: one small map under
 * {@link #KEY}, with a version. Anything unknown, stale or tampered decodes to
 * {@link SessionState#EMPTY} with {@code valid=false}; it never throws.
 *
 * <p>The routine travels as one compact string: {@code routine|step|side|phase|continuous|playedAt|seen}.
 * {@link #decode(Object, RoutineCatalog)} also checks it against the locale's catalog (the routine exists,
 * the step and side are in it, a routine named by a pending question exists), so no handler sees a state
 * it cannot act on.
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
        if (state.routine() != null) {
            RoutineState r = state.routine();
            map.put("r", String.join("|", r.routineId(), String.valueOf(r.at().step()), String.valueOf(r.at().side()),
                    r.phase() == RoutineState.Phase.PAUSED ? "Z" : "P", r.continuous() ? "c" : "s",
                    Long.toString(r.playedAt()), Long.toString(r.seen())));
        }
        if (state.screened()) {
            map.put("s", 1);
        }
        if (state.seen() != 0) {
            map.put("x", Long.toString(state.seen()));
        }
        if (state.hurt() != 0) {
            map.put("h", Long.toString(state.hurt()));
        }
        if (state.skipped() != 0) {
            map.put("k", Long.toString(state.skipped()));
        }
        return map;
    }

    /** Decodes the raw attribute value and checks it against the catalog: what does not fit is "no routine" (invalid). */
    public static Decoded decode(Object raw, RoutineCatalog catalog) {
        Decoded decoded = decode(raw);
        SessionState state = decoded.state();
        boolean fits = (state.routine() == null || fits(catalog, state.routine().routineId(), state.routine().at()))
                && (!startsRoutine(state.question()) || RoutineChoice.parse(state.questionArg())
                .filter(c -> fits(catalog, c.routineId(), c.from())).isPresent());
        return fits ? decoded : invalid();
    }

    /** Questions whose answer starts the routine named in their argument. */
    private static boolean startsRoutine(Question question) {
        return question == Question.SAFETY_SCREEN || question == Question.RATE_BEFORE;
    }

    private static boolean fits(RoutineCatalog catalog, String routineId, Position at) {
        return catalog.routine(routineId).filter(r -> at == null || at.step() < r.steps().size()
                && at.side() < catalog.stretch(r.steps().get(at.step()).stretchId()).sideCount()).isPresent();
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
            Question question = map.get("q") == null ? Question.NONE : Question.valueOf(text(map.get("q")));
            String arg = map.get("qa") == null ? null : text(map.get("qa"));
            String last = map.get("l") == null ? null : text(map.get("l"));
            if (last != null && !Replay.isValid(last)) {
                last = null;
            }
            boolean argOk = switch (question) {
                case OFFER_TOPIC -> arg != null && Topic.forId(arg).isPresent();
                case SAFETY_SCREEN, RATE_BEFORE -> RoutineChoice.parse(arg).isPresent();
                case RATE_AFTER -> arg != null && arg.matches("10|[0-9]");
                default -> true;
            };
            if (!argOk) {
                return invalid();
            }
            RoutineState routine = map.get("r") == null ? null : routine(text(map.get("r")));
            boolean screened = map.get("s") instanceof Number n && n.intValue() == 1;
            long seen = map.get("x") == null ? 0 : Long.parseLong(text(map.get("x")));
            long hurt = map.get("h") == null ? 0 : Long.parseLong(text(map.get("h")));
            long skipped = map.get("k") == null ? 0 : Long.parseLong(text(map.get("k")));
            return new Decoded(new SessionState(question, arg, last, routine, screened, seen, hurt, skipped), true);
        } catch (IllegalArgumentException e) {
            return invalid();
        }
    }

    private static RoutineState routine(String encoded) {
        String[] p = encoded.split("\\|", -1);
        if (p.length != 7 || !p[0].matches("[A-Z_]{1,32}") || !(p[3].equals("P") || p[3].equals("Z"))
                || !(p[4].equals("c") || p[4].equals("s"))) {
            throw new IllegalArgumentException("bad routine state");
        }
        int step = Integer.parseInt(p[1]);
        int side = Integer.parseInt(p[2]);
        if (step < 0 || side < 0 || side > 1) {
            throw new IllegalArgumentException("bad position");
        }
        return new RoutineState(p[0], new Position(step, side),
                p[3].equals("Z") ? RoutineState.Phase.PAUSED : RoutineState.Phase.PLAYING,
                p[4].equals("c"), Long.parseLong(p[5]), Long.parseLong(p[6]));
    }

    private static String text(Object value) {
        if (!(value instanceof String s) || s.length() > 128) {
            throw new IllegalArgumentException("not a short string");
        }
        return s;
    }

    private static Decoded invalid() {
        return new Decoded(SessionState.EMPTY, false);
    }
}
