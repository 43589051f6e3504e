package coach.backrelief.content;

import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.TopicText;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** All spoken text of one locale, resolved and validated. Immutable and shared between requests. */
public final class Content {
    private final String locale;
    private final Map<String, List<String>> messages;
    private final Map<Topic, TopicText> topics;

    Content(String locale, Map<String, List<String>> messages, Map<Topic, TopicText> topics) {
        this.locale = locale;
        this.messages = Map.copyOf(messages);
        this.topics = Map.copyOf(topics);
    }

    /** The locale tag this content was resolved for (for example {@code en-US}). */
    public String locale() {
        return locale;
    }

    /** The first (canonical) wording of a message. */
    public String text(Msg msg) {
        return variants(msg).get(0);
    }

    /** One of the wordings of a message, chosen with the injected random source. */
    public String pick(Msg msg, RandomGenerator random) {
        List<String> all = variants(msg);
        return all.size() == 1 ? all.get(0) : all.get(random.nextInt(all.size()));
    }

    public List<String> variants(Msg msg) {
        List<String> all = messages.get(msg.key());
        if (all == null) {
            throw new ContentException("no message '" + msg.key() + "' for " + locale);
        }
        return all;
    }

    /** Every message key present (for validation). */
    public Map<String, List<String>> messages() {
        return messages;
    }

    public TopicText topic(Topic topic) {
        TopicText text = topics.get(topic);
        if (text == null) {
            throw new ContentException("no topic " + topic + " for " + locale);
        }
        return text;
    }
}
