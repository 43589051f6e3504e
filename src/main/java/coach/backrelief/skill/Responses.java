package coach.backrelief.skill;

import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;

import java.util.Optional;

/** Turns a {@link Reply} into the SDK's response. The only place that knows both. */
public final class Responses {
    private Responses() {
    }

    public static Optional<Response> send(HandlerInput input, Reply reply) {
        ResponseBuilder builder = input.getResponseBuilder();
        if (reply.isEmpty()) {
            return builder.build();
        }
        if (reply.speech() != null) {
            builder.withSpeech(reply.speech());
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
            builder.withReprompt(reply.reprompt());
            builder.withShouldEndSession(false);
        }
        return builder.build();
    }
}
