package coach.backrelief.local;

import coach.backrelief.envelope.EnvelopeRefusedException;
import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillFactory;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one accept/refuse gate, as a client of {@code serve --no-verify}, {@code invoke} and Lambda sees it. */
class EnvelopeGateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SkillServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private HttpResponse<String> serve(String skillId, String body) throws Exception {
        if (server == null) {
            server = new SkillServer(new BackReliefStreamHandler(SkillFactory.create(SkillDriver.config(1).withSkillId(skillId)),
                    skillId), null, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2);
            server.start();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("Exception", "java.", "\tat ", "jackson", "com.amazon");
        return response;
    }

    private static String help(Function<ObjectNode, Object> mutate) {
        ObjectNode envelope = Requests.intent("AMAZON.HelpIntent").toJsonNode();
        mutate.apply(envelope);
        return envelope.toString();
    }

    private static ObjectNode system(ObjectNode envelope) {
        return (ObjectNode) envelope.path("context").path("System");
    }

    @Test
    void answersWhatAlexaSometimesSendsWithPartsMissing() throws Exception {
        for (String body : new String[] {
            help(e -> e.remove("context")), help(e -> ((ObjectNode) e.get("context")).remove("System")),
            help(e -> e.putNull("context")), help(e -> ((ObjectNode) e.get("context")).putNull("System")),
            help(e -> ((ObjectNode) e.get("request")).remove("locale"))}) {
            HttpResponse<String> response = serve(null, body);
            assertThat(response.statusCode()).as(body).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("response").path("outputSpeech").path("ssml").asText())
                    .contains("What would you like to know?");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no request            | the request has no \"request\" object",
        "System is text        | context.System should be an object",
        "locale is a number    | request.locale should be text",
        "timestamp is junk     | request.timestamp is not a date and time",
        "context given twice   | the key \"context\" is given twice",
        "type given twice      | the key \"type\" is given twice",
        "not JSON              | malformed JSON",
        "an array              | not a request envelope: expected a JSON object",
    })
    void refusesWhatItCannotAnswerWith400AndThePlainReason(String what, String reason) throws Exception {
        String body = switch (what) {
            case "no request" -> help(e -> e.remove("request"));
            case "System is text" -> help(e -> ((ObjectNode) e.get("context")).put("System", "x"));
            case "locale is a number" -> help(e -> ((ObjectNode) e.get("request")).put("locale", 7));
            case "timestamp is junk" -> help(e -> ((ObjectNode) e.get("request")).put("timestamp", "yesterday"));
            case "context given twice" -> help(e -> e).replaceFirst("\\{", "{\"context\":null,");
            case "type given twice" -> help(e -> e).replace("\"type\":\"IntentRequest\"", "\"type\":\"IntentRequest\",\"type\":null");
            case "not JSON" -> "{\"request\":";
            default -> "[1,2]";
        };
        HttpResponse<String> response = serve(null, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"" + reason.replace("\"", "\\\"") + "\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no id anywhere          | the request names no application id",
        "session id missing      | session.application.applicationId is missing or empty",
        "context id empty        | context.System.application.applicationId is missing or empty",
        "session id foreign      | the request is for another skill (session.application.applicationId)",
        "context id foreign      | the request is for another skill (context.System.application.applicationId)",
        "context id given twice  | the key \"applicationId\" is given twice",
    })
    void withASkillIdEveryPlaceAlexaPutsItMustNameThisSkill(String what, String reason) throws Exception {
        String body = switch (what) {
            case "no id anywhere" -> help(e -> {
                ((ObjectNode) e.get("session")).remove("application");
                return ((ObjectNode) system(e)).remove("application");
            });
            case "session id missing" -> help(e -> ((ObjectNode) e.path("session").path("application")).remove("applicationId"));
            case "context id empty" -> help(e -> ((ObjectNode) system(e).path("application")).put("applicationId", ""));
            case "session id foreign" -> help(e -> ((ObjectNode) e.path("session").path("application"))
                    .put("applicationId", "amzn1.ask.skill.other"));
            case "context id foreign" -> help(e -> ((ObjectNode) system(e).path("application"))
                    .put("applicationId", "amzn1.ask.skill.other"));
            default -> help(e -> e).replace("\"application\":{\"applicationId\":\"" + Requests.SKILL_ID + "\"",
                    "\"application\":{\"applicationId\":\"" + Requests.SKILL_ID + "\",\"applicationId\":null");
        };
        HttpResponse<String> response = serve(Requests.SKILL_ID, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"" + reason.replace("\"", "\\\"") + "\"}");
        assertThat(serve(Requests.SKILL_ID, help(e -> e.remove("context"))).statusCode())
                .as("the session's id alone is enough when Alexa omits the context").isEqualTo(200);
    }

    @Test
    void invokePrintsOneLineAndExits2() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.invoke(new ByteArrayInputStream(help(e -> e.remove("request")).getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("invoke: request refused: the request has no \"request\" object" + System.lineSeparator());
    }

    @Test
    void lambdaReturnsAnErrorThatSaysWhy() {
        BackReliefStreamHandler lambda = new BackReliefStreamHandler(SkillFactory.create(SkillDriver.config(1)));
        assertThatThrownBy(() -> lambda.handleRequest(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), null))
                .isInstanceOf(EnvelopeRefusedException.class)
                .hasMessage("not a request envelope: expected a JSON object");
    }
}
