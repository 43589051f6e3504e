package coach.backrelief.local;

import coach.backrelief.testing.Requests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class InvokeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int invoke(String stdin) throws Exception {
        return Main.run(new String[]{"invoke"}, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void launchRequestGivesAResponseEnvelopeAndNothingElseOnStdout() throws Exception {
        assertThat(invoke(Requests.launch().json())).isZero();
        JsonNode envelope = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(envelope.path("version").asText()).isEqualTo("1.0");
        assertThat(envelope.path("response").path("outputSpeech").path("ssml").asText()).contains("What would you like?");
        assertThat(envelope.path("response").path("shouldEndSession").asBoolean(true)).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void malformedJsonGetsOneLineOnStderrAndExitCodeTwo() throws Exception {
        assertThat(invoke("{\"request\": ")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).startsWith("invoke: request refused: malformed JSON").doesNotContain("\tat ");
        assertThat(message.strip().lines()).hasSize(1);
    }

    @Test
    void emptyOrNonEnvelopeInputIsRefusedClearly() throws Exception {
        assertThat(invoke("")).isEqualTo(2);
        assertThat(invoke("{\"hello\": 1}")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty input").contains("no \"request\"");
    }

    @Test
    void helpListsTheModes() throws Exception {
        assertThat(Main.run(new String[]{"--help"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("console", "invoke", "serve", "--no-verify",
                "--locale", "--screen", "--realtime", "--speak", "--json");
    }

    @Test
    void noVerifyIsRefusedOffLoopbackWithOneClearLine() throws Exception {
        assertThat(Main.run(new String[]{"serve", "--bind", "0.0.0.0", "--no-verify"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("serve: --no-verify is only allowed when binding to a loopback address");
    }

    @Test
    void theConsoleIsTheDefaultModeAndReplaysAScriptFromStdin() throws Exception {
        assertThat(Main.run(new String[0], new ByteArrayInputStream("open back relief coach\nstop\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("> open back relief coach\nAlexa: ", "> stop\nAlexa: ",
                "(session ended)");
    }
}
