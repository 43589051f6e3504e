package coach.backrelief.skill;

import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** Starts the default guided routine (when the user accepts an offer to stretch). */
interface RoutineStarter {
    Reply start(HandlerInput input, Turn turn);
}
