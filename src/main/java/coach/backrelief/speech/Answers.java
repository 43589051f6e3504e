package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.TopicText;

/** Renders question-and-answer replies from a locale's content. */
public final class Answers {
    private Answers() {
    }

    /** A topic answer: optional opener, the sentences, then the follow-up offer; card with the same words. */
    public static Reply topic(Content content, TopicText topic, String opener) {
        Ssml speech = Ssml.create().say(opener);
        topic.sentences().forEach(speech::say);
        speech.say(topic.offer());
        return Reply.builder()
                .speech(speech)
                .ask(Ssml.create().say(topic.offer()))
                .card(topic.title(), String.join(" ", topic.sentences()) + "\n\n" + content.text(Msg.CARD_DISCLAIMER))
                .build();
    }

    /** A message followed by a question, with the question as reprompt. */
    public static Reply ask(String statement, String question, String reprompt) {
        return Reply.builder()
                .speech(Ssml.create().say(statement).say(question))
                .ask(Ssml.create().say(reprompt))
                .build();
    }

    /** Speaks and ends the session. */
    public static Reply tell(String statement) {
        return Reply.builder().speech(Ssml.create().say(statement)).tell().build();
    }

    /** Speaks, shows a card, and ends the session. */
    public static Reply tell(String statement, String cardTitle, String cardText) {
        return Reply.builder().speech(Ssml.create().say(statement)).card(cardTitle, cardText).tell().build();
    }
}
