package coach.backrelief.json;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.JacksonSerializer;
import com.amazon.ask.util.JsonMarshaller;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SDK skill, handed the request as model objects built by {@link EnvelopeReader} when it covers
 * the envelope the gate parsed ({@link ParsedRequest}), so Jackson databind never reads it; any
 * other request goes to the SDK's own {@code execute} (its Jackson unmarshaller) unchanged. The
 * response is left unwritten, as the SDK leaves it.
 *
 * <p>With the system property {@code brc.json.crosscheck=true} (the tests set it) every envelope
 * read on the fast path is also read by the SDK, and a difference throws with both models.
 */
public final class FastRequestSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {
    private static final JsonMarshaller<ResponseEnvelope> UNWRITTEN = JacksonJsonMarshaller.forType(ResponseEnvelope.class);
    private static final AtomicLong FAST = new AtomicLong();
    private static final AtomicLong SDK = new AtomicLong();

    static {
        CrossCheck.reportAtExit(() -> "requests read by the fast reader and cross-checked equal: " + FAST.get()
                + ", left to the SDK's reader: " + SDK.get());
    }

    private final CustomSkill skill;

    public FastRequestSkill(CustomSkill skill) {
        this.skill = skill;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        Optional<RequestEnvelope> read = request instanceof ParsedRequest parsed
                ? EnvelopeReader.read(parsed.envelope()) : Optional.empty();
        if (read.isEmpty()) {
            SDK.incrementAndGet();
            return skill.execute(request, context);
        }
        FAST.incrementAndGet();
        if (CrossCheck.ON) {
            crossCheck(read.get(), request.getRawRequest());
        }
        return new BaseSkillResponse<>(UNWRITTEN, skill.invoke(read.get(), context));
    }

    private static void crossCheck(RequestEnvelope fast, byte[] raw) {
        RequestEnvelope sdk = new JacksonSerializer().deserialize(new String(raw, StandardCharsets.UTF_8), RequestEnvelope.class);
        if (!fast.equals(sdk)) {
            throw new IllegalStateException("the fast reader differs from the SDK's:\nfast: " + fast + "\nSDK: " + sdk);
        }
    }
}
