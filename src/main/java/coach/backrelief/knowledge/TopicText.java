package coach.backrelief.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The words of one topic in one locale: title, opener variants, sentences, the offer, and the
 * specific answers ({@link Detail}) that come first when the question asked names one.
 */
public record TopicText(String title, List<String> openers, List<String> sentences,
                        FollowUp followUp, String offer, List<Detail> details) {
    public TopicText {
        openers = List.copyOf(openers);
        sentences = List.copyOf(sentences);
        details = List.copyOf(details);
    }

    public TopicText(String title, List<String> openers, List<String> sentences, FollowUp followUp, String offer) {
        this(title, openers, sentences, followUp, offer, List.of());
    }

    /**
     * A specific question within the topic ("how much can I take", "can I drive after a muscle
     * relaxant"): when the question's words hold one of the cues (whole words), these sentences
     * are the answer, in place of the general ones. Details are tried in order; the first wins.
     */
    public record Detail(List<String> cues, List<String> sentences, String intent) {
        public Detail {
            cues = List.copyOf(cues);
            sentences = List.copyOf(sentences);
        }

        boolean matches(String words) {
            String padded = " " + words + " ";
            return cues.stream().anyMatch(cue -> padded.contains(" " + normal(cue) + " "));
        }
    }

    /** Words as the cues are compared: folded ({@link Words#fold}), letters, digits and apostrophes only. */
    static String normal(String words) {
        return Words.fold(words).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").trim();
    }

    /** The answer for an intent of its own ({@code MedicineDoseIntent}), when a detail names it. */
    public Optional<TopicText> forIntent(String intentName) {
        return details.stream().filter(d -> intentName.equals(d.intent())).findFirst()
                .map(d -> new TopicText(title, openers, d.sentences(), followUp, offer, details));
    }

    /** The answer to these words: the first detail they name, or the general sentences. */
    public TopicText answering(String words) {
        if (words == null || words.isBlank() || details.isEmpty()) {
            return this;
        }
        String normal = normal(words);
        Optional<Detail> detail = details.stream().filter(d -> d.matches(normal)).findFirst();
        return detail.map(d -> new TopicText(title, openers, d.sentences(), followUp, offer, details)).orElse(this);
    }
}
