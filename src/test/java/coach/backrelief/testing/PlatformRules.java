package coach.backrelief.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every response must keep (shared/alexa-platform.md §1, §2, §4.3). */
public final class PlatformRules {
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    static final int MAX_SPEECH_CHARS = 8000;

    private PlatformRules() {
    }

    public static void check(Heard heard, int bytes) {
        assertThat(bytes).as("response size").isLessThanOrEqualTo(MAX_RESPONSE_BYTES);
        if (!heard.ssml().isEmpty()) {
            Ssml.assertWellFormed(heard.ssml());
            assertThat(heard.ssml().length()).as("speech length").isLessThanOrEqualTo(MAX_SPEECH_CHARS);
            assertBreaksWithinLimit(heard.ssml());
        }
        if (heard.hasReprompt()) {
            Ssml.assertWellFormed(heard.repromptSsml());
        }
        // a Connections.SendRequest (voice permission) hands the turn to Alexa: no speech, no reprompt
        if (!heard.isEmpty() && !heard.ended() && heard.directives("Connections.SendRequest").isEmpty()) {
            assertThat(heard.hasReprompt()).as("an open session needs a reprompt: " + heard).isTrue();
        }
    }

    private static void assertBreaksWithinLimit(String ssml) {
        var m = java.util.regex.Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>").matcher(ssml);
        while (m.find()) {
            long ms = Long.parseLong(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1);
            assertThat(ms).as("break length").isLessThanOrEqualTo(10_000);
        }
    }
}
