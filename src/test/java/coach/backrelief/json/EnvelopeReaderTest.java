package coach.backrelief.json;

import coach.backrelief.envelope.EnvelopeGate;
import coach.backrelief.envelope.EnvelopeRefusedException;
import coach.backrelief.testing.EnvelopeCases;
import coach.backrelief.testing.EnvelopeCases.Case;
import coach.backrelief.testing.Requests;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15.3: the fast reader's model equals the SDK's for every envelope it accepts, and it leaves
 * to the SDK every envelope it does not cover, on mutated envelopes of every request type and intent.
 */
class EnvelopeReaderTest {
    private static final JacksonSerializer SDK = new JacksonSerializer();
    private static final EnvelopeGate GATE = new EnvelopeGate(null);
    private static long covered;
    private static long leftToSdk;

    @Provide
    Arbitrary<Case> cases() {
        return EnvelopeCases.cases();
    }

    @Property(tries = 5_000)
    void whatTheReaderAcceptsTheSdkReadsTheSame(@ForAll("cases") Case fuzz) {
        byte[] body = EnvelopeCases.apply(fuzz).body();
        EnvelopeGate.Admitted admitted;
        try {
            admitted = GATE.inspect(body);
        } catch (EnvelopeRefusedException refused) {
            return; // never reaches either reader
        }
        Optional<RequestEnvelope> fast = EnvelopeReader.read(admitted.envelope());
        if (fast.isEmpty()) {
            leftToSdk++;
            return;
        }
        covered++;
        RequestEnvelope sdk;
        try {
            sdk = SDK.deserialize(new String(admitted.bytes(), StandardCharsets.UTF_8), RequestEnvelope.class);
        } catch (RuntimeException e) {
            throw new AssertionError("the reader accepted an envelope the SDK refuses: " + fuzz + "\n"
                    + new String(admitted.bytes(), StandardCharsets.UTF_8), e);
        }
        assertThat(fast.get()).as("%s\n%s", fuzz, new String(admitted.bytes(), StandardCharsets.UTF_8)).isEqualTo(sdk);
    }

    @AfterContainer
    static void report() {
        System.out.printf("EnvelopeReaderTest: %d admitted envelopes read by the fast reader, %d left to the SDK%n",
                covered, leftToSdk);
        assertThat(covered).as("the generator reaches the fast reader").isGreaterThan(leftToSdk / 4);
    }

    @Test
    void everySeedEnvelopeTheSkillIsSentIsCoveredOrLeftToTheSdkAsListed() {
        long read = 0;
        for (String seed : EnvelopeCases.seeds()) {
            var admitted = GATE.inspect(seed.getBytes(StandardCharsets.UTF_8));
            Optional<RequestEnvelope> fast = EnvelopeReader.read(admitted.envelope());
            String type = String.valueOf(JsonTree.at(admitted.envelope(), "request/type"));
            boolean modelled = Map.of("LaunchRequest", 1, "IntentRequest", 1, "SessionEndedRequest", 1,
                    "Alexa.Presentation.APL.UserEvent", 1, "Connections.Response", 1).containsKey(type)
                    && JsonTree.at(admitted.envelope(), "context/Viewport") == null; // screen devices: the SDK's path
            assertThat(fast.isPresent()).as("%s read by the fast reader", type).isEqualTo(modelled);
            if (fast.isPresent()) {
                read++;
                assertThat(fast.get()).isEqualTo(SDK.deserialize(seed, RequestEnvelope.class));
            }
        }
        assertThat(read).isGreaterThan(150);
    }

    @Test
    void aRealEchoEnvelopeWithFieldsTheSdkIgnoresIsReadAsTheSdkReadsIt() {
        // as an Echo sends it: APL for Audio in supportedInterfaces, shouldLinkResultBeReturned, a slot's source
        String json = """
                {"version":"1.0","session":{"new":true,"sessionId":"amzn1.echo-api.session.1","application":
                {"applicationId":"%1$s"},"user":{"userId":"amzn1.ask.account.X"}},"context":{"System":{"application":
                {"applicationId":"%1$s"},"user":{"userId":"amzn1.ask.account.X"},"device":{"deviceId":"amzn1.ask.device.D",
                "supportedInterfaces":{"Alexa.Presentation.APLA":{}}},"apiEndpoint":"https://api.amazonalexa.com",
                "apiAccessToken":"eyJ0"},"unit":{"unitId":"amzn1.ask.unit.U"}},"request":{"type":"IntentRequest",
                "requestId":"amzn1.echo-api.request.1","locale":"en-GB","timestamp":"2026-12-03T07:30:00Z",
                "intent":{"name":"HeatColdIntent","confirmationStatus":"NONE","slots":{"detail":{"name":"detail",
                "confirmationStatus":"NONE","source":"USER"}}},"dialogState":"STARTED"}}
                """.formatted(Requests.SKILL_ID);
        var admitted = GATE.inspect(json.getBytes(StandardCharsets.UTF_8));
        // "unit" sits beside System here, where the SDK has no field: the SDK ignores it, the reader does not guess
        assertThat(EnvelopeReader.read(admitted.envelope())).isEmpty();

        String inSystem = json.replace("\"apiAccessToken\":\"eyJ0\"},\"unit\":{\"unitId\":\"amzn1.ask.unit.U\"}}",
                "\"apiAccessToken\":\"eyJ0\",\"unit\":{\"unitId\":\"amzn1.ask.unit.U\"}}}");
        var fast = EnvelopeReader.read(GATE.inspect(inSystem.getBytes(StandardCharsets.UTF_8)).envelope());
        assertThat(fast).isPresent();
        RequestEnvelope sdk = SDK.deserialize(inSystem, RequestEnvelope.class);
        assertThat(fast.get()).isEqualTo(sdk);
        IntentRequest request = (IntentRequest) fast.get().getRequest();
        assertThat(request.getIntent().getName()).isEqualTo("HeatColdIntent");
        assertThat(request.getLocale()).isEqualTo("en-GB");
        assertThat(fast.get().getContext().getSystem().getUnit().getUnitId()).isEqualTo("amzn1.ask.unit.U");
    }

    @Test
    void aTimestampWithAnOffsetIsReadAtUtcAsTheSdkDoes() {
        String json = intent("AMAZON.HelpIntent").json().replace("2026-11-30T09:00:00Z", "2026-11-30T10:00:00+01:00");
        var fast = EnvelopeReader.read(GATE.inspect(json.getBytes(StandardCharsets.UTF_8)).envelope()).orElseThrow();
        assertThat(fast.getRequest().getTimestamp()).hasToString("2026-11-30T09:00Z");
        assertThat(fast).isEqualTo(SDK.deserialize(json, RequestEnvelope.class));
    }

    @Test
    void aScreenDeviceWithAViewportIsLeftToTheSdk() {
        var admitted = GATE.inspect(Requests.launch().screen(true).json().getBytes(StandardCharsets.UTF_8));
        assertThat(EnvelopeReader.read(admitted.envelope())).isEmpty();
    }
}
