package coach.backrelief.bench;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Warm per-request latency through the Lambda stream handler (envelope bytes in, response bytes
 * out), the way Lambda calls it after the first request. SampleTime mode: median and p99.
 * Progress goes to the local file store in {@code PROGRESS_DIR} (bench/run.sh points it at a
 * temporary directory).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestBenchmark {
    private static final String SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";

    private BackReliefStreamHandler handler;
    private byte[] question;
    private byte[] routineStep;
    private byte[] routineStepWithProgress;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16384);

    @Setup
    public void setUp() {
        handler = new BackReliefStreamHandler(SkillFactory.create(SkillConfig.fromEnvironment()));
        question = envelope("{}", "CausesIntent");
        // the quick routine, first stretch played: "next" renders stretch 2 (speech, APL-A, card)
        routineStep = envelope("{\"brc\":{\"v\":1,\"r\":\"QUICK|0|0|P|s|1796029200000|0\",\"s\":1}}", "AMAZON.NextIntent");
        // the last stretch played: "next" finishes the routine, which records the session in the progress store
        routineStepWithProgress = envelope("{\"brc\":{\"v\":1,\"r\":\"QUICK|2|0|P|s|1796029200000|7\",\"s\":1}}",
                "AMAZON.NextIntent");
    }

    @Benchmark
    public int question() throws IOException {
        return send(question);
    }

    @Benchmark
    public int routineStep() throws IOException {
        return send(routineStep);
    }

    @Benchmark
    public int routineStepWithProgress() throws IOException {
        return send(routineStepWithProgress);
    }

    private int send(byte[] request) throws IOException {
        out.reset();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.size();
    }

    private static byte[] envelope(String attributes, String intent) {
        String app = "{\"applicationId\":\"" + SKILL + "\"}";
        String user = "{\"userId\":\"amzn1.ask.account.BENCH\"}";
        return ("{\"version\":\"1.0\",\"session\":{\"new\":false,\"sessionId\":\"amzn1.echo-api.session.bench\","
                + "\"application\":" + app + ",\"attributes\":" + attributes + ",\"user\":" + user + "},"
                + "\"context\":{\"System\":{\"application\":" + app + ",\"user\":" + user + ","
                + "\"device\":{\"deviceId\":\"amzn1.ask.device.BENCH\",\"supportedInterfaces\":{}},"
                + "\"apiEndpoint\":\"https://api.amazonalexa.com\"}},"
                + "\"request\":{\"type\":\"IntentRequest\",\"requestId\":\"amzn1.echo-api.request.bench\","
                + "\"timestamp\":\"2026-11-30T09:01:00Z\",\"locale\":\"en-US\","
                + "\"intent\":{\"name\":\"" + intent + "\",\"confirmationStatus\":\"NONE\",\"slots\":{}}}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
