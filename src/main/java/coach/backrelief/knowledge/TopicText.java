package coach.backrelief.knowledge;

import java.util.List;

/** The words of one topic in one locale: title, opener variants, sentences, and the offer. */
public record TopicText(String title, List<String> openers, List<String> sentences,
                        FollowUp followUp, String offer) {
    public TopicText {
        openers = List.copyOf(openers);
        sentences = List.copyOf(sentences);
    }
}
