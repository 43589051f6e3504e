package coach.backrelief.json;

import coach.backrelief.skill.SkillFactory;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.amazon.ask.Skill;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Measures, in a fresh JVM, the first response's writing alone: the skill is built and has read and handled
 * one request (a routine step on a screen device: speech, reprompt, APL-A and APL documents, session state),
 * then the response is written by the SDK's marshaller ({@code sdk}) or the fast writer ({@code fast}).
 * Prints {@code FIRST_WRITE_MICROS=n} and {@code SECOND_WRITE_MICROS=n}. Run: {@code java -cp … ColdWriteProbe fast}.
 */
public final class ColdWriteProbe {
    private ColdWriteProbe() {
    }

    public static void main(String[] args) {
        boolean fast = args.length > 0 && args[0].equals("fast");
        Skill skill = SkillFactory.create(SkillDriver.config(42));
        byte[] request = Requests.intent("AMAZON.NextIntent").screen(true)
                .attributes(Map.of("brc", Map.of("v", 1, "r",
                        "FULL|2|0|P|s|" + SkillDriver.NOW.minusSeconds(60).toEpochMilli() + "|7", "s", 1)))
                .at(SkillDriver.NOW).json().getBytes(StandardCharsets.UTF_8);
        SkillResponse<ResponseEnvelope> response = skill.execute(new BaseSkillRequest(request), null);
        for (String label : new String[] {"FIRST", "SECOND"}) {
            long start = System.nanoTime();
            byte[] written = fast ? ResponseWriter.write(response.getResponse()) : response.getRawResponse();
            long micros = (System.nanoTime() - start) / 1000;
            System.out.println(label + "_WRITE_MICROS=" + micros + " BYTES=" + written.length);
        }
    }
}
