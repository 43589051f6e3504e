package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.routine.Event;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import coach.backrelief.speech.StretchScreen;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;

import java.util.List;
import java.util.Optional;

/**
 * Routine navigation at any moment: next, previous, repeat, pause, resume, start over, skip, how
 * much longer, how do I do this one, it hurts, and the Echo Show buttons. While a routine runs it
 * also takes Help, Fallback, Stop, Cancel, Yes and No, so they speak about the routine and keep
 * (or report) the user's place.
 */
final class RoutineControlHandler implements RequestHandler {
    private final Routines routines;

    RoutineControlHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        if (input.getRequest() instanceof UserEvent) {
            return true;
        }
        if (Intents.isAny(Intent.NEXT, Intent.PREVIOUS, Intent.PAUSE, Intent.RESUME, Intent.START_OVER, Intent.SKIP,
                Intent.ROUTINE_STATUS, Intent.DESCRIBE_STRETCH, Intent.IT_HURTS).test(input)) {
            return true;
        }
        return Turn.of(input).state().routine() != null
                && Intents.isAny(Intent.REPEAT, Intent.HELP, Intent.FALLBACK, Intent.STOP, Intent.CANCEL,
                Intent.YES, Intent.NO, Intent.MAYBE).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        long elapsed = elapsed(input, turn);
        Intent intent = input.getRequest() instanceof UserEvent event ? fromButton(event)
                : Intent.forName(Intents.understood(input).orElse("")).orElse(Intent.FALLBACK);
        Reply reply = switch (intent) {
            case NEXT, YES -> routines.apply(input, turn, new Event.Next());
            case PREVIOUS -> routines.apply(input, turn, new Event.Previous());
            case REPEAT -> routines.apply(input, turn, new Event.Repeat());
            case PAUSE -> routines.apply(input, turn, new Event.Pause(elapsed));
            case RESUME -> routines.apply(input, turn, new Event.Resume());
            case START_OVER -> routines.apply(input, turn, new Event.StartOver());
            case SKIP -> routines.apply(input, turn, new Event.Skip());
            case ROUTINE_STATUS -> routines.apply(input, turn, new Event.HowLong());
            case DESCRIBE_STRETCH -> routines.apply(input, turn, new Event.WhatIsThis());
            case IT_HURTS -> routines.apply(input, turn, new Event.ItHurts(elapsed));
            case STOP, CANCEL -> routines.apply(input, turn, new Event.Stop(elapsed));
            case HELP -> routines.help(turn);
            case NO -> Answers.ask(turn.content().pick(Msg.FOLLOW_UP_NO, turn.random()),
                    turn.content().text(Msg.ROUTINE_STEP_PROMPT), turn.content().text(Msg.ROUTINE_STEP_REPROMPT));
            default -> routines.fallback(turn);
        };
        return Responses.send(input, reply);
    }

    private static Intent fromButton(UserEvent event) {
        List<Object> args = event.getArguments();
        Object first = args == null || args.isEmpty() ? null : args.get(0);
        if (StretchScreen.EVENT_NEXT.equals(first)) {
            return Intent.NEXT;
        }
        return StretchScreen.EVENT_PAUSE.equals(first) ? Intent.PAUSE : Intent.FALLBACK;
    }

    /** Milliseconds since the audio of the last routine response started, from request timestamps (-1 if unknown). */
    static long elapsed(HandlerInput input, Turn turn) {
        var routine = turn.state().routine();
        if (routine == null) {
            return -1;
        }
        return TurnInterceptor.requestTime(input, turn.now()).toEpochMilli() - routine.playedAt();
    }
}
