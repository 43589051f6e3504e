package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session state that is well-formed but does not fit the catalog (or comes from a future version) is
 * "no routine" for every intent, and the user hears why, never the last-resort apology.
 */
class TamperedStateTest {
    private static final String LOST = "Sorry, I lost track of where we were in your routine.";

    static Stream<Arguments> statesTimesIntents() {
        Map<String, Map<String, Object>> states = Map.of(
                "unknown routine", Map.of("v", 1, "r", "NOPE|0|0|P|s|0|0", "s", 1),
                "step past the end (quick has 3)", Map.of("v", 1, "r", "QUICK|3|0|P|s|0|0", "s", 1),
                "side 1 of cat cow (one side)", Map.of("v", 1, "r", "QUICK|1|1|P|s|0|0", "s", 1),
                "unknown pending question", Map.of("v", 1, "q", "ASK_ME_ANYTHING"),
                "safety question for an unknown routine", Map.of("v", 1, "q", "SAFETY_SCREEN", "qa", "NOPE"),
                "a version from the future", Map.of("v", 2, "r", "QUICK|0|0|P|s|0|0"));
        Map<String, Requests> intents = Map.of(
                "Help", intent("AMAZON.HelpIntent"), "Next", intent("AMAZON.NextIntent"),
                "Repeat", intent("AMAZON.RepeatIntent"), "Yes", intent("AMAZON.YesIntent"),
                "No", intent("AMAZON.NoIntent"), "Stop", intent("AMAZON.StopIntent"), "Launch", Requests.launch());
        return states.entrySet().stream().flatMap(s -> intents.entrySet().stream()
                .map(i -> Arguments.of(s.getKey(), s.getValue(), i.getKey(), i.getValue())));
    }

    @ParameterizedTest(name = "{0} + {2}")
    @MethodSource("statesTimesIntents")
    void everyIntentOnStateThatDoesNotFitSaysItLostTrackAndAnswers(String what, Map<String, Object> state,
                                                                  String name, Requests request) {
        Heard heard = new SkillDriver().send(request.attributes(Map.of(StateCodec.KEY, state)));
        assertThat(heard.speech()).startsWith(LOST).doesNotContain("something went wrong");
        assertThat(heard.speech().indexOf(LOST)).as("said once").isEqualTo(heard.speech().lastIndexOf(LOST));
        if (!heard.ended()) {
            assertThat(heard.reprompt()).isNotBlank();
        }
        assertThat(heard.sessionAttributes().toString()).as("the tampered routine is not carried on")
                .doesNotContain("NOPE", "QUICK|3", "QUICK|1|1", "ASK_ME_ANYTHING");
    }
}
