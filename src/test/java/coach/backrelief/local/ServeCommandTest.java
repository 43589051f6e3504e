package coach.backrelief.local;

import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} refuses to start in a configuration that would answer other skills' requests. */
class ServeCommandTest {

    @Test
    void withVerificationOnAndNoSkillIdServeRefusesToStart() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.serve(List.of("--port", "0"), new PrintStream(err, true, StandardCharsets.UTF_8),
                SkillDriver.config(1).withSkillId(null));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("serve: SKILL_ID is not set.")
                .contains("--no-verify").hasLineCount(1);
    }

    @Test
    void aPortInUseIsOneLineAndExitCode3() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.serve(List.of("--port", String.valueOf(taken.getLocalPort())),
                    new PrintStream(err, true, StandardCharsets.UTF_8), SkillDriver.config(1).withSkillId("amzn1.ask.skill.x"));
            assertThat(exit).isEqualTo(3);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("serve: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("Exception", "\tat ").hasLineCount(1);
        }
    }

    @Test
    void noVerifyAwayFromLoopbackIsAUsageError() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.serve(List.of("--no-verify", "--bind", "0.0.0.0"), new PrintStream(err, true, StandardCharsets.UTF_8),
                SkillDriver.config(1).withSkillId(null));
        assertThat(exit).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-verify is only allowed when binding to a loopback address");
    }
}
