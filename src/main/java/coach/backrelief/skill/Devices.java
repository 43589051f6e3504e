package coach.backrelief.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.request.RequestHelper;

/** What the requesting device can do. */
public final class Devices {
    private Devices() {
    }

    /** True when the device renders APL (an Echo Show, a Fire TV). */
    public static boolean hasScreen(HandlerInput input) {
        var context = input.getRequestEnvelope().getContext();
        if (context == null || context.getSystem() == null || context.getSystem().getDevice() == null
                || context.getSystem().getDevice().getSupportedInterfaces() == null) {
            return false;
        }
        return RequestHelper.forHandlerInput(input).getSupportedInterfaces().getAlexaPresentationAPL() != null;
    }
}
