package coach.backrelief.knowledge;

import java.util.Optional;

/**
 * What an answer offers next, so that "yes" can do it: another topic, or a guided routine.
 * Written in content as {@code TOPIC:<id>} or {@code ROUTINE}.
 */
public record FollowUp(Kind kind, Topic topic) {

    /** The kind of offer. */
    public enum Kind { TOPIC, ROUTINE }

    public static FollowUp routine() {
        return new FollowUp(Kind.ROUTINE, null);
    }

    public static FollowUp topic(Topic topic) {
        return new FollowUp(Kind.TOPIC, topic);
    }

    /** Parses the content notation; empty when it names nothing known. */
    public static Optional<FollowUp> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals("ROUTINE")) {
            return Optional.of(routine());
        }
        if (text.startsWith("TOPIC:")) {
            return Topic.forId(text.substring(6)).map(FollowUp::topic);
        }
        return Optional.empty();
    }
}
