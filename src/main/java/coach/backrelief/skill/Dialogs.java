package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.FollowUp;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.TopicText;
import coach.backrelief.progress.UserProgress;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.ProgressReplies;
import coach.backrelief.speech.Reply;
import coach.backrelief.speech.Ssml;

/**
 * The replies of the question-and-answer side, shared by the handlers that can lead to them
 * (a topic is reached by its intent, by "yes" to an offer, and by "repeat"). Each method also
 * sets the session state that follows.
 */
import java.time.Duration;
import java.time.Instant;

final class Dialogs {
    private Dialogs() {
    }

    /** How long a heard disclaimer lasts before launch says it again. */
    static final Duration DISCLAIMER_MEMORY = Duration.ofDays(30);
    /** A saved routine younger than this is offered on launch. */
    static final Duration RESUME_OFFER_AGE = Duration.ofDays(1);

    /**
     * Welcome; the one-sentence disclaimer unless this user heard it in the last 30 days; then an
     * offer to resume a routine left unfinished in the last day, or the menu question.
     */
    static Reply launch(Turn turn) {
        Content c = turn.content();
        var progress = turn.progress();
        boolean returning = progress.lastSessionDate().isPresent() || progress.disclaimerHeardAt() != null
                || progress.unfinished() != null;
        Ssml speech = Ssml.create().say(c.pick(returning ? Msg.LAUNCH_WELCOME_BACK : Msg.LAUNCH_WELCOME, turn.random()));
        if (!UserProgress.heardWithin(progress.disclaimerHeardAt(), turn.now(), DISCLAIMER_MEMORY)) {
            speech.say(c.text(Msg.LAUNCH_DISCLAIMER));
            Instant now = turn.now();
            turn.changeProgress(p -> p.withDisclaimerHeard(now));
        }
        var saved = Routines.saved(turn, RESUME_OFFER_AGE);
        if (saved.isPresent() && turn.state().routine() == null) {
            var routine = c.catalog().routine(saved.get().routineId()).orElseThrow();
            String stretch = c.catalog().stretch(routine.steps().get(saved.get().from().step()).stretchId()).name();
            turn.next(turn.next().asking(Question.OFFER_RESUME, null).said(Replay.LAUNCH));
            return Reply.builder()
                    .speech(speech.say(new ProgressReplies(c).resumeOffer(routine.name(), stretch)))
                    .ask(Ssml.create().say(c.text(Msg.RESUME_OFFER_REPROMPT)))
                    .build();
        }
        turn.next(turn.next().notAsking().said(Replay.LAUNCH));
        return Reply.builder()
                .speech(speech.say(c.text(Msg.LAUNCH_PROMPT)))
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

    /** A topic's answer to a question with an intent of its own ("how much can I take"), else the general one. */
    static Reply topicAnswering(Turn turn, Topic topic, String intentName) {
        TopicText general = turn.content().topic(topic);
        return topic(turn, topic, general.forIntent(intentName).orElse(general), true);
    }

    /** A topic answer; {@code withOpener} false for a repeat. */
    static Reply topic(Turn turn, Topic topic, boolean withOpener) {
        // the specific question first ("ibuprofen while pregnant" → ask a pharmacist or your doctor)
        return topic(turn, topic, turn.content().topic(topic).answering(turn.words()), withOpener);
    }

    private static Reply topic(Turn turn, Topic topic, TopicText text, boolean openerWanted) {
        // a specific answer is said first, with no opener before it
        boolean withOpener = openerWanted && text.sentences().equals(turn.content().topic(topic).sentences());
        String opener = withOpener ? text.openers().get(turn.random().nextInt(text.openers().size())) : null;
        FollowUp followUp = text.followUp();
        SessionState next = turn.next().said(Replay.topic(topic));
        next = followUp.kind() == FollowUp.Kind.ROUTINE
                ? next.asking(Question.OFFER_ROUTINE, followUp.routineId())
                : next.asking(Question.OFFER_TOPIC, followUp.topic().name());
        turn.next(next);
        return Answers.topic(turn.content(), text, opener);
    }

    /**
     * Emergency or urgent advice; the session ends and no saved routine is offered again. Clearing
     * the saved routine is written after the answer is sent: this answer never waits for storage.
     */
    static Reply redFlag(Turn turn, RedFlag.Tier tier) {
        return redFlag(turn, tier, "");
    }

    /** As {@link #redFlag(Turn, RedFlag.Tier)}, after {@code lead} (for example "if you're not sure…"). */
    static Reply redFlag(Turn turn, RedFlag.Tier tier, String lead) {
        Content c = turn.content();
        turn.next(turn.next().cleared());
        turn.changeProgressAfterAnswer(UserProgress::clearUnfinished);
        String title = c.text(Msg.RED_FLAG_CARD_TITLE);
        String advice = c.text(tier == RedFlag.Tier.EMERGENCY ? Msg.RED_FLAG_EMERGENCY : Msg.RED_FLAG_URGENT);
        return Answers.tell(lead.isEmpty() ? advice : lead + " " + advice, title,
                c.text(tier == RedFlag.Tier.EMERGENCY ? Msg.RED_FLAG_EMERGENCY_CARD : Msg.RED_FLAG_URGENT_CARD));
    }

    /** A sign that calls for an appointment, not urgent care: book one; then an offer of home care. */
    static Reply routineCare(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().asking(Question.OFFER_TOPIC, Topic.SELF_CARE.name()).said(Replay.ROUTINE_CARE));
        return Answers.ask(c.text(Msg.RED_FLAG_ROUTINE), c.text(Msg.RED_FLAG_ROUTINE_OFFER),
                c.text(Msg.RED_FLAG_ROUTINE_REPROMPT));
    }

    /** Numbness, tingling or weakness said without a place: one direct question before a tier is chosen. */
    static Reply askWhere(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().asking(Question.SYMPTOM_WHERE, null).said(Replay.WHERE));
        return Answers.ask(c.text(Msg.SYMPTOM_WHERE), "", c.text(Msg.SYMPTOM_WHERE_REPROMPT));
    }

    /** A symptom we could not place: the emergency signs, then an offer to hear all warning signs. */
    static Reply unclearSymptom(Turn turn) {
        Content c = turn.content();
        turn.next(turn.next().asking(Question.OFFER_TOPIC, Topic.SEE_DOCTOR.name()).said(Replay.UNCLEAR));
        return Answers.ask(c.text(Msg.RED_FLAG_UNCLEAR), "", c.text(Msg.RED_FLAG_UNCLEAR_REPROMPT));
    }

    static Reply goodbye(Turn turn) {
        turn.next(turn.next().cleared());
        return Answers.tell(turn.content().pick(Msg.GOODBYE, turn.random()));
    }
}
