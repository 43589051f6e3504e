package coach.backrelief.knowledge;

import java.util.Optional;

/**
 * What an answer offers next, so that "yes" can do it: another topic, or a guided routine.
 * Written in content as {@code TOPIC:<id>}, {@code ROUTINE} (the user's usual routine) or
 * {@code ROUTINE:<id>} (that routine: an offer of "gentle stretches" starts the gentle one).
 *
 * @param routineId the routine offered, or null for the user's usual one
 */
public record FollowUp(Kind kind, Topic topic, String routineId) {

    /** The kind of offer. */
    public enum Kind { TOPIC, ROUTINE }

    public static FollowUp routine() {
        return new FollowUp(Kind.ROUTINE, null, null);
    }

    public static FollowUp topic(Topic topic) {
        return new FollowUp(Kind.TOPIC, topic, null);
    }

    /** Parses the content notation; empty when it names nothing known. */
    public static Optional<FollowUp> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals("ROUTINE")) {
            return Optional.of(routine());
        }
        if (text.matches("ROUTINE:[A-Z_]{1,32}")) {
            return Optional.of(new FollowUp(Kind.ROUTINE, null, text.substring("ROUTINE:".length())));
        }
        if (text.startsWith("TOPIC:")) {
            return Topic.forId(text.substring(6)).map(FollowUp::topic);
        }
        return Optional.empty();
    }
}
