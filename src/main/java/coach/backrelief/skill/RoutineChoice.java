package coach.backrelief.skill;

import java.util.Optional;

/** A routine to start and whether to play it without stopping, as a short token for session state. */
record RoutineChoice(String routineId, boolean continuous) {

    String token() {
        return routineId + (continuous ? "+" : "");
    }

    static Optional<RoutineChoice> parse(String token) {
        if (token == null || token.isEmpty() || !token.matches("[A-Z_]{1,32}\\+?")) {
            return Optional.empty();
        }
        boolean continuous = token.endsWith("+");
        return Optional.of(new RoutineChoice(continuous ? token.substring(0, token.length() - 1) : token, continuous));
    }
}
