package coach.backrelief.json;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A skill whose responses are written by {@link ResponseWriter}, or by the SDK's marshaller when the writer does
 * not cover them. The request is read and handled by the wrapped skill exactly as before: its
 * {@code execute} unmarshals, dispatches and returns an unwritten response; only the writing is replaced.
 *
 * <p>With the system property {@code brc.json.crosscheck=true} (the tests set it) every response the writer
 * covers is also written by the SDK, and a difference throws with both texts.
 */
public final class FastResponseSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {
    private static final AtomicLong CHECKED = new AtomicLong();
    private static final AtomicLong FELL_BACK = new AtomicLong();

    static {
        CrossCheck.reportAtExit(() -> "responses cross-checked byte-identical: " + CHECKED.get()
                + ", left to the SDK: " + FELL_BACK.get());
    }

    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;

    public FastResponseSkill(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        this.skill = skill;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        SkillResponse<ResponseEnvelope> response = skill.execute(request, context);
        return response == null || !response.isPresent() ? response : new Written(response);
    }

    /** The SDK's response, written by the fast writer when it can be. */
    private static final class Written implements SkillResponse<ResponseEnvelope> {
        private final SkillResponse<ResponseEnvelope> sdk;

        Written(SkillResponse<ResponseEnvelope> sdk) {
            this.sdk = sdk;
        }

        @Override
        public boolean isPresent() {
            return true;
        }

        @Override
        public ResponseEnvelope getResponse() {
            return sdk.getResponse();
        }

        @Override
        public byte[] getRawResponse() {
            byte[] fast = ResponseWriter.write(sdk.getResponse());
            if (fast == null) {
                FELL_BACK.incrementAndGet();
                return sdk.getRawResponse();
            }
            if (CrossCheck.ON) {
                byte[] expected = sdk.getRawResponse();
                if (!Arrays.equals(fast, expected)) {
                    throw new IllegalStateException("fast response writer differs from the SDK's marshaller\n  sdk:  "
                            + new String(expected, StandardCharsets.UTF_8) + "\n  fast: "
                            + new String(fast, StandardCharsets.UTF_8));
                }
                CHECKED.incrementAndGet();
            }
            return fast;
        }

        @Override
        public void writeTo(OutputStream out) {
            // as the SDK's marshaller does: its generator closes the target, an IOException becomes its exception
            try (out) {
                out.write(getRawResponse());
            } catch (IOException e) {
                throw new AskSdkException("Serialization error", e);
            }
        }
    }
}
