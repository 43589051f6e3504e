package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.speech.Reply;
import coach.backrelief.speech.Ssml;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;

import java.util.Map;
import java.util.Optional;

/** Turns a {@link Reply} into the SDK's response. The only place that knows both. */
public final class Responses {
    private static final String SPEAK = "<speak>";

    private Responses() {
    }

    public static Optional<Response> send(HandlerInput input, Reply reply) {
        ResponseBuilder builder = input.getResponseBuilder();
        if (reply.isEmpty()) {
            return builder.build();
        }
        if (reply.speech() != null) {
            builder.withSpeech(explainingLostState(input, reply.speech()));
        }
        if (reply.cardTitle() != null) {
            builder.withSimpleCard(reply.cardTitle(), reply.cardText());
        }
        if (reply.audio() != null) {
            builder.addDirective(com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective.builder()
                    .withToken(reply.audio().token())
                    .withDocument(reply.audio().document())
                    .withDatasources(reply.audio().datasources())
                    .build());
        }
        if (reply.screen() != null && Devices.hasScreen(input)) {
            builder.addDirective(com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective.builder()
                    .withToken(reply.screen().token())
                    .withDocument(reply.screen().document())
                    .withDatasources(reply.screen().datasources())
                    .build());
        }
        if (reply.endSession()) {
            builder.withShouldEndSession(true);
        } else {
            builder.withReprompt(withWayBack(input, reply.reprompt()));
            builder.withShouldEndSession(false);
        }
        return builder.build();
    }

    /**
     * Mid-routine, an answer that is not the routine's own (a question answered, progress, a reminder,
     * the routine list) keeps the routine waiting: its reprompt first says how to go back to it
     * ("To go back to cat cow, say resume."), so a user who asked something in passing is not lost.
     */
    private static String withWayBack(HandlerInput input, String reprompt) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(Turn.ATTRIBUTE);
        if (!(turn instanceof Turn t) || t.spokeRoutine() || t.state().routine() == null || reprompt == null) {
            return reprompt;
        }
        String stretch = Routines.currentStretch(t);
        if (stretch == null) {
            return reprompt;
        }
        String way = Ssml.escape(t.content().format(Msg.ROUTINE_BACK_TO, Map.of("stretch", stretch)));
        if (reprompt.contains(way)) {
            return reprompt;
        }
        return reprompt.startsWith(SPEAK) ? SPEAK + way + " " + reprompt.substring(SPEAK.length()) : way + " " + reprompt;
    }

    /**
     * When the session carried state that did not decode (tampered, stale, not in the catalog), every answer
     * starts with the one sentence that says so, whatever the intent; said once, not twice.
     */
    private static String explainingLostState(HandlerInput input, String speech) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(Turn.ATTRIBUTE);
        if (!(turn instanceof Turn t) || t.stateValid() || !speech.startsWith(SPEAK)) {
            return speech;
        }
        String lost = Ssml.escape(t.content().text(Msg.ROUTINE_LOST));
        return speech.contains(lost) ? speech : SPEAK + lost + " " + speech.substring(SPEAK.length());
    }
}
