package coach.backrelief.skill;

import coach.backrelief.progress.ProgressService;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The last-resort handler: a bug somewhere still gets a short apology, a question, and the session's place kept. */
class ErrorHandlingTest {
    @Test
    void aNullEntryInASlotsResolutionsIsReadAsNoMatch() {
        // found by the envelope fuzz: "resolutionsPerAuthority": [null] made the routine choice throw
        var envelope = Requests.intent("StartRoutineIntent").slot("routine", "quick", "QUICK").toJsonNode();
        var resolutions = (com.fasterxml.jackson.databind.node.ArrayNode) envelope.path("request").path("intent")
                .path("slots").path("routine").path("resolutions").path("resolutionsPerAuthority");
        resolutions.insertNull(0);
        Heard heard = new SkillDriver().send(envelope.toString());
        assertThat(heard.speech()).startsWith("Before we start, one safety question.");
    }

    @Test
    void anUnexpectedFailureGetsAnApologyAndAQuestionAndKeepsTheSessionState() {
        ProgressService failing = mock(ProgressService.class);
        when(failing.read(anyString())).thenThrow(new IllegalStateException("bug in a collaborator"));
        SkillDriver alexa = new SkillDriver(SkillDriver.config(1).withProgress(failing));
        Map<String, Object> before = Map.of(StateCodec.KEY, Map.of("v", 1, "r", "QUICK|1|0|P|s|0|0", "s", 1));
        Heard heard = alexa.send(Requests.launch().attributes(before));
        assertThat(heard.speech()).isEqualTo("Sorry, something went wrong on my side. Please try again. "
                + "You can ask about heat or ice, or say start my stretches.");
        assertThat(heard.ended()).isFalse();
        assertThat(heard.reprompt()).contains("start my stretches");
        assertThat(heard.sessionAttributes()).as("the routine's place is not lost").isEqualTo(before);
        assertThat(alexa.send(intent("CausesIntent")).speech()).as("requests that need no progress still work")
                .contains("Poor posture");
    }
}
