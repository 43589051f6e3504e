package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.routine.RoutineEngine;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * Yes, No and Maybe, honoured by the question the skill asked last. "Maybe" to the safety
 * question is a possible yes (the safe advice); to an offer it is a yes; to "delete everything?"
 * the question is asked again. Without a question, yes and no get the menu.
 */
final class YesNoHandler implements RequestHandler {
    private final Routines routines;

    YesNoHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        SessionState state = Turn.of(input).state();
        return Intents.isAny(Intent.YES, Intent.NO, Intent.MAYBE).test(input)
                && (state.question() != Question.NONE || state.routine() == null);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        boolean maybe = Intents.isAny(Intent.MAYBE).test(input);
        boolean yes = maybe || Intents.isAny(Intent.YES).test(input);
        SessionState state = turn.state();
        Reply reply;
        if (maybe && state.question() == Question.SAFETY_SCREEN) {
            reply = Dialogs.redFlag(turn, RedFlag.Tier.EMERGENCY, turn.content().text(Msg.SAFETY_MAYBE));
        } else if (maybe && state.question() == Question.CONFIRM_FORGET) {
            reply = ProgressHandler.confirmForget(turn);
        } else if (maybe && state.question() == Question.NONE) {
            reply = Dialogs.fallback(turn);
        } else if (state.question() == Question.CONFIRM_FORGET) {
            reply = yes ? ProgressHandler.forget(turn) : keep(turn);
        } else if (state.question() == Question.OFFER_RESUME && yes) {
            reply = routines.resumeSaved(input, turn);
        } else if (state.question() == Question.SAFETY_SCREEN) {
            reply = yes ? Dialogs.redFlag(turn, RedFlag.Tier.EMERGENCY)
                    : routines.screenPassed(input, turn, RoutineChoice.parse(state.questionArg()).orElseThrow());
        } else if (!yes && state.question() != Question.NONE) {
            var c = turn.content();
            turn.next(state.notAsking());
            reply = Answers.ask(c.pick(Msg.FOLLOW_UP_NO, turn.random()), c.text(Msg.FOLLOW_UP_NEXT),
                    c.text(Msg.FOLLOW_UP_REPROMPT));
        } else {
            reply = switch (state.question()) {
                case OFFER_TOPIC -> Dialogs.topic(turn, Topic.forId(state.questionArg()).orElseThrow(), true);
                case OFFER_ROUTINE -> routines.offerAccepted(input, turn, state.questionArg());
                case OFFER_GENTLE -> routines.offerAccepted(input, turn, RoutineEngine.GENTLE);
                default -> Dialogs.help(turn);
            };
        }
        return Responses.send(input, reply);
    }

    private static Reply keep(Turn turn) {
        turn.next(turn.state().notAsking());
        return new coach.backrelief.speech.ProgressReplies(turn.content()).kept();
    }
}
