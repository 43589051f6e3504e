package coach.backrelief.skill;

import coach.backrelief.routine.Position;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A routine to start, whether to play it without stopping, and where to start (the top, or a saved
 * place when resuming), as a short token for session state: {@code QUICK}, {@code FULL+},
 * {@code QUICK@2.1}.
 */
record RoutineChoice(String routineId, boolean continuous, Position from) {
    private static final Pattern TOKEN = Pattern.compile("([A-Z_]{1,32})(\\+?)(?:@(\\d{1,2})\\.([01]))?");

    RoutineChoice(String routineId, boolean continuous) {
        this(routineId, continuous, null);
    }

    String token() {
        return routineId + (continuous ? "+" : "") + (from == null ? "" : "@" + from.step() + "." + from.side());
    }

    static Optional<RoutineChoice> parse(String token) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Position from = m.group(3) == null ? null : new Position(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return Optional.of(new RoutineChoice(m.group(1), !m.group(2).isEmpty(), from));
    }
}
