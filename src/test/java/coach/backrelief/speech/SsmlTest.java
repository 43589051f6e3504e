package coach.backrelief.speech;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SsmlTest {
    @Test
    void escapesDynamicText() {
        String ssml = Ssml.create().say("Heat & ice <not a tag> \"quoted\" it's").toSsml();
        assertThat(ssml).isEqualTo("<speak>Heat &amp; ice &lt;not a tag&gt; &quot;quoted&quot; it&apos;s</speak>");
        coach.backrelief.testing.Ssml.assertWellFormed(ssml);
    }

    @Test
    void chainsPausesLongerThanTenSeconds() {
        String ssml = Ssml.create().say("Hold.").pause(25_000).say("Release.").toSsml();
        assertThat(ssml).isEqualTo("<speak>Hold.<break time=\"10000ms\"/><break time=\"10000ms\"/>"
                + "<break time=\"5000ms\"/> Release.</speak>");
    }

    @Test
    void dropsControlCharacters() {
        assertThat(Ssml.escape("a\u0001b")).isEqualTo("ab");
    }
}
