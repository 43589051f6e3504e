package coach.backrelief.skill;

import coach.backrelief.knowledge.Topic;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Every question topic: one intent per topic family, and TopicIntent with a {@code topic} slot. */
final class TopicHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.understood(input).filter(n -> n.equals(Intent.TOPIC.modelName())
                || Topic.forIntent(n).isPresent()).isPresent()
                || Intents.isAny(Intent.MEDICINE_DOSE, Intent.MEDICINE_DRIVING, Intent.MEDICINE_PREGNANCY).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        String name = Intents.understood(input).orElseThrow();
        if (Intents.isAny(Intent.MEDICINE_DOSE, Intent.MEDICINE_DRIVING, Intent.MEDICINE_PREGNANCY).test(input)) {
            return Responses.send(input, Dialogs.topicAnswering(turn, Topic.MEDICATION, name));
        }
        Optional<Topic> topic = Topic.forIntent(name)
                .or(() -> Intents.resolvedId(input, Slot.TOPIC).flatMap(Topic::forId));
        return Responses.send(input, topic.map(t -> Dialogs.topic(turn, t, true))
                .orElseGet(() -> Dialogs.topicList(turn, true)));
    }
}
