package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.FollowUp;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.TopicText;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import coach.backrelief.speech.Ssml;

/**
 * The replies of the question-and-answer side, shared by the handlers that can lead to them
 * (a topic is reached by its intent, by "yes" to an offer, and by "repeat"). Each method also
 * sets the session state that follows.
 */
final class Dialogs {
    private Dialogs() {
    }

    static Reply launch(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().notAsking().said(Replay.LAUNCH));
        return Reply.builder()
                .speech(Ssml.create()
                        .say(c.pick(Msg.LAUNCH_WELCOME, turn.random()))
                        .say(c.text(Msg.LAUNCH_DISCLAIMER))
                        .say(c.text(Msg.LAUNCH_PROMPT)))
                .ask(Ssml.create().say(c.text(Msg.LAUNCH_REPROMPT)))
                .build();
    }

    static Reply help(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().notAsking().said(Replay.HELP));
        return Answers.ask(c.text(Msg.HELP), "", c.text(Msg.HELP_REPROMPT));
    }

    static Reply fallback(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().notAsking().said(Replay.FALLBACK));
        return Answers.ask(c.text(Msg.FALLBACK), "", c.text(Msg.FALLBACK_REPROMPT));
    }

    static Reply topicList(Turn turn, boolean unknown) {
        Content c = turn.content();
        turn.next(turn.next().notAsking().said(Replay.TOPICS));
        return Answers.ask(unknown ? c.text(Msg.TOPIC_UNKNOWN) : "", c.text(Msg.TOPIC_LIST), c.text(Msg.TOPIC_LIST));
    }

    /** A topic answer; {@code withOpener} false for a repeat. */
    static Reply topic(Turn turn, Topic topic, boolean withOpener) {
        TopicText text = turn.content().topic(topic);
        String opener = withOpener ? text.openers().get(turn.random().nextInt(text.openers().size())) : null;
        FollowUp followUp = text.followUp();
        SessionState next = turn.next().said(Replay.topic(topic));
        next = followUp.kind() == FollowUp.Kind.ROUTINE
                ? next.asking(Question.OFFER_ROUTINE, null)
                : next.asking(Question.OFFER_TOPIC, followUp.topic().name());
        turn.next(next);
        return Answers.topic(turn.content(), text, opener);
    }

    static Reply redFlag(Turn turn, RedFlag.Tier tier) {
        Content c = turn.content();
        turn.next(SessionState.EMPTY);
        String title = c.text(Msg.RED_FLAG_CARD_TITLE);
        return tier == RedFlag.Tier.EMERGENCY
                ? Answers.tell(c.text(Msg.RED_FLAG_EMERGENCY), title, c.text(Msg.RED_FLAG_EMERGENCY_CARD))
                : Answers.tell(c.text(Msg.RED_FLAG_URGENT), title, c.text(Msg.RED_FLAG_URGENT_CARD));
    }

    /** A symptom we could not place: the emergency signs, then an offer to hear all warning signs. */
    static Reply unclearSymptom(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().asking(Question.OFFER_TOPIC, Topic.SEE_DOCTOR.name()).said(Replay.UNCLEAR));
        return Answers.ask(c.text(Msg.RED_FLAG_UNCLEAR), "", c.text(Msg.RED_FLAG_UNCLEAR_REPROMPT));
    }

    static Reply goodbye(Turn turn) {
        turn.next(SessionState.EMPTY);
        return Answers.tell(turn.content().pick(Msg.GOODBYE, turn.random()));
    }
}
