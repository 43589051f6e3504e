package coach.backrelief.lambda;

import coach.backrelief.envelope.GatedSkill;
import coach.backrelief.json.FastRequestSkill;
import coach.backrelief.json.FastResponseSkill;
import coach.backrelief.progress.ProgressStores;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;
import com.amazon.ask.AlexaSkill;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The AWS Lambda handler ({@code coach.backrelief.lambda.BackReliefStreamHandler::handleRequest}).
 * Reads {@code SKILL_ID} from the environment: requests for any other skill are refused.
 *
 * <p>The no-argument constructor (the one Lambda calls at init) also registers {@link Priming}
 * for SnapStart.
 */
public final class BackReliefStreamHandler implements RequestStreamHandler {
    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;
    private final Priming priming;

    public BackReliefStreamHandler() {
        this(new FreshRandom(), new PrimingStore(ProgressStores.fromEnvironment(Clock.systemUTC())));
    }

    private BackReliefStreamHandler(FreshRandom random, PrimingStore store) {
        this(SkillConfig.fromEnvironment(random, store), random, store);
    }

    private BackReliefStreamHandler(SkillConfig config, FreshRandom random, PrimingStore store) {
        this.skill = new GatedSkill<>(fast(SkillFactory.create(config)), config.skillId());
        this.priming = new Priming(this, random, store, config.skillId(), isSet("PROGRESS_TABLE")).register();
    }

    /** For tests, which build their own skill (no priming registered; the gate checks no application id). */
    public BackReliefStreamHandler(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        this(skill, null);
    }

    /** For the local commands: their own skill behind the same gate, accepting only {@code skillId} when set. */
    public BackReliefStreamHandler(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill, String skillId) {
        this.skill = new GatedSkill<>(fast(skill), skillId);
        this.priming = null;
    }

    /**
     * One request envelope in, its response out: the whole input is read, handed to the skill behind
     * the gate, and the response written (a refusal throws, as Lambda expects of an error).
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        SkillResponse<ResponseEnvelope> response = skill.execute(new BaseSkillRequest(input.readAllBytes()), context);
        if (response == null || !response.isPresent()) {
            throw new AskSdkException("no skill answered the request");
        }
        response.writeTo(output);
    }

    /** The priming registered at construction, or null for a handler built around a given skill. */
    public Priming priming() {
        return priming;
    }

    /**
     * The SDK skill with the fast JSON path: covered envelopes read by the fast reader (an SDK
     * {@code CustomSkill} only), covered responses written by the fast writer; the rest by the SDK.
     */
    private static AlexaSkill<RequestEnvelope, ResponseEnvelope> fast(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        return new FastResponseSkill(skill instanceof CustomSkill custom ? new FastRequestSkill(custom) : skill);
    }

    private static boolean isSet(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank();
    }
}
