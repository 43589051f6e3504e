package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.ContentRepository;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** Resolves the locale's content, decodes session state and logs the request type and intent (nothing personal). */
final class TurnInterceptor implements RequestInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(TurnInterceptor.class);

    private final ContentRepository contentRepository;
    private final SkillConfig config;

    TurnInterceptor(ContentRepository contentRepository, SkillConfig config) {
        this.contentRepository = contentRepository;
        this.config = config;
    }

    @Override
    public void process(HandlerInput input) {
        var request = input.getRequest();
        Session session = input.getRequestEnvelope().getSession();
        Content content = contentRepository.forLocale(request.getLocale());
        StateCodec.Decoded decoded = new StateCodec.Decoded(SessionState.EMPTY, true);
        if (session != null && session.getAttributes() != null) {
            decoded = StateCodec.decode(session.getAttributes().get(StateCodec.KEY), content.catalog());
            if (!decoded.valid()) {
                LOG.warn("unreadable session state ignored (request {})", request.getType());
            }
        }
        Instant now = config.clock().instant();
        Turn turn = new Turn(content, config.random(), now,
                () -> UserTimeZone.today(input, config.zones(), config.clock()), decoded.state(), decoded.valid(), config.progress(),
                userId(input), Intents.nameOf(input).orElse(null), Intents.freeText(input),
                Intents.resolvedId(input, Slot.SYMPTOM).orElse(null),
                Intents.resolvedId(input, Slot.SYMPTOM).or(() -> Intents.resolvedId(input, Slot.TOPIC)).isPresent(),
                Intents.resolvedId(input, Slot.COMMAND).orElse(null));
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        attributes.put(Turn.ATTRIBUTE, turn);
        if (LOG.isInfoEnabled()) {
            LOG.info("request {} {}", request.getType(), Intents.nameOf(input).orElse(""));
        }
    }

    /** The Alexa user id (the key of stored progress), or null when the request has none. */
    private static String userId(HandlerInput input) {
        var context = input.getRequestEnvelope().getContext();
        if (context != null && context.getSystem() != null && context.getSystem().getUser() != null) {
            return context.getSystem().getUser().getUserId();
        }
        Session session = input.getRequestEnvelope().getSession();
        return session != null && session.getUser() != null ? session.getUser().getUserId() : null;
    }

    static Instant requestTime(HandlerInput input, Instant fallback) {
        OffsetDateTime ts = input.getRequest().getTimestamp();
        return ts == null ? fallback : ts.toInstant();
    }
}
