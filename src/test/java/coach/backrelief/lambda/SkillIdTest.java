package coach.backrelief.lambda;

import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillIdTest {
    @Test
    void aRequestForAnotherSkillIsRefused() {
        SkillDriver alexa = new SkillDriver();
        assertThatThrownBy(() -> alexa.send(Requests.launch().applicationId("amzn1.ask.skill.someone-else")))
                .hasMessageContaining("the request is for another skill");
        assertThat(alexa.send(Requests.launch()).speech()).contains("not medical advice");
    }
}
