package coach.backrelief.content;

import coach.backrelief.knowledge.RatingWords;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.Triage;
import coach.backrelief.knowledge.TopicText;
import coach.backrelief.routine.RoutineCatalog;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** All spoken text of one locale, resolved and validated. Immutable and shared between requests. */
public final class Content {
    private final String locale;
    private final Map<String, List<String>> messages;
    private final Map<Topic, TopicText> topics;
    private final RoutineCatalog catalog;
    private final Supplier<Triage> triageSource;
    private volatile Triage triage;
    private final Map<String, Drawing> drawings;
    private volatile RatingWords ratingWords;
    /** {@code speech.wordsPerSecond}, parsed on first use (0 until then); the repository reads it at load. */
    private volatile double wordsPerSecond;

    Content(String locale, Map<String, List<String>> messages, Map<Topic, TopicText> topics, RoutineCatalog catalog,
            Supplier<Triage> triage, Map<String, Drawing> drawings) {
        this.drawings = Map.copyOf(drawings);
        this.locale = locale;
        this.messages = Map.copyOf(messages);
        this.topics = Map.copyOf(topics);
        this.catalog = catalog;
        this.triageSource = triage;
    }

    /**
     * The free-text triage of this locale, compiled on first use (only requests that carry words
     * need it, so a routine step never pays for it).
     */
    public Triage triage() {
        Triage t = triage;
        if (t == null) {
            synchronized (this) {
                t = triage;
                if (t == null) {
                    t = triageSource.get();
                    triage = t;
                }
            }
        }
        return t;
    }

    /** The stretches and routines of this locale. */
    public RoutineCatalog catalog() {
        return catalog;
    }

    /**
     * A message with run-time values filled in: {@code [name]} in the text is replaced by
     * {@code values[name]}. Values are plain text (escaped later by the SSML builder).
     */
    public String format(Msg msg, Map<String, ?> values) {
        return fill(text(msg), values);
    }

    /** Fills {@code [name]} placeholders of any content text. */
    public static String fill(String text, Map<String, ?> values) {
        String out = text;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            out = out.replace("[" + e.getKey() + "]", String.valueOf(e.getValue()));
        }
        return out;
    }

    /** The locale tag this content was resolved for (for example {@code en-US}). */
    public String locale() {
        return locale;
    }

    /**
     * The words a second this language's speech takes at the routines' calm rate
     * ({@code speech.wordsPerSecond}, read once at load); a value that is not a number is a content error.
     */
    public double wordsPerSecond() {
        double value = wordsPerSecond;
        if (value == 0) {
            value = parseWordsPerSecond();
            wordsPerSecond = value;
        }
        return value;
    }

    private double parseWordsPerSecond() {
        String value = text(Msg.WORDS_PER_SECOND);
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new ContentException("speech.wordsPerSecond is not a number for " + locale + ": " + value, e);
        }
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

    /** How this locale says a zero-to-ten rating ("about a six", "the worst ever"), from its messages; made once. */
    public RatingWords ratingWords() {
        RatingWords words = ratingWords;
        if (words == null) {
            words = new RatingWords(variants(Msg.RATING_NUMBERS), variants(Msg.RATING_WORST), variants(Msg.RATING_NONE),
                    variants(Msg.RATING_SKIP), variants(Msg.RATING_SCALE), text(Msg.RATING_HALF),
                    variants(Msg.RATING_NOT_AFTER));
            ratingWords = words;   // immutable: a race builds an equal one
        }
        return words;
    }

    /** The line drawing of a stretch's position (every stretch of the catalog has one: checked on load). */
    public Drawing drawing(String stretchId) {
        Drawing drawing = drawings.get(stretchId);
        if (drawing == null) {
            throw new ContentException("no drawing for " + stretchId + " in " + locale);
        }
        return drawing;
    }

    public TopicText topic(Topic topic) {
        TopicText text = topics.get(topic);
        if (text == null) {
            throw new ContentException("no topic " + topic + " for " + locale);
        }
        return text;
    }
}
