package coach.backrelief.skill;

import coach.backrelief.knowledge.Topic;

import java.util.Optional;

/**
 * Replay tokens: a short record of what was said last, kept in session state so "repeat" can say
 * it again without storing whole SSML in the session.
 */
public final class Replay {
    static final String LAUNCH = "launch";
    static final String HELP = "help";
    static final String FALLBACK = "fallback";
    static final String UNCLEAR = "unclear";
    static final String TOPICS = "topics";
    static final String ROUTINE_CARE = "care";
    static final String WHERE = "where";
    private static final String TOPIC_PREFIX = "topic:";

    private Replay() {
    }

    static String topic(Topic topic) {
        return TOPIC_PREFIX + topic.name();
    }

    static Optional<Topic> topicOf(String token) {
        return token != null && token.startsWith(TOPIC_PREFIX)
                ? Topic.forId(token.substring(TOPIC_PREFIX.length())) : Optional.empty();
    }

    static boolean isValid(String token) {
        return switch (token) {
            case LAUNCH, HELP, FALLBACK, UNCLEAR, TOPICS, ROUTINE_CARE, WHERE -> true;
            default -> topicOf(token).isPresent();
        };
    }
}
