package coach.backrelief.lambda;

import coach.backrelief.testing.Requests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link PrimingTest}: builds the handler as Lambda does, runs the SnapStart
 * hooks, then sends one real first request and prints how many classes it loaded
 * ({@code NEW_CLASSES=n}) and the response size ({@code RESPONSE_BYTES=n}).
 * With {@code -Xlog:class+load:stdout} the classes loaded by that request follow the line {@code FIRST_REQUEST}.
 */
public final class PrimingProbe {
    private PrimingProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean prime = !(args.length > 1 && args[1].equals("unprimed"));
        BackReliefStreamHandler handler = new BackReliefStreamHandler();
        if (prime) {
            handler.priming().beforeCheckpoint(null);
            handler.priming().afterRestore(null);
        }
        if (args.length > 1 && args[1].equals("prime-only")) {
            System.out.println("NEW_CLASSES=0");
            System.out.println("RESPONSE=");
            return;
        }
        byte[] request = request(args.length > 0 ? args[0] : "step").getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        System.out.println("FIRST_REQUEST");
        long before = classes.getTotalLoadedClassCount();
        handler.handleRequest(in, out, null);
        long after = classes.getTotalLoadedClassCount();
        System.out.println("NEW_CLASSES=" + (after - before));
        System.out.println("RESPONSE_BYTES=" + out.size());
        System.out.println("RESPONSE=" + out.toString(StandardCharsets.UTF_8).replace('\n', ' '));
    }

    /** Different users, sessions, routines and timestamps from the priming requests. */
    static String request(String kind) {
        Instant at = Instant.now();
        return switch (kind) {
            case "launch" -> Requests.launch().user("amzn1.ask.account.REAL").at(at).json();
            case "question" -> Requests.intent("HeatColdIntent").user("amzn1.ask.account.REAL")
                    .attributes(Map.of()).at(at).json();
            case "step" -> Requests.intent("AMAZON.NextIntent").user("amzn1.ask.account.REAL").screen(true)
                    .attributes(Map.of("brc", Map.of("v", 1, "r",
                            "FULL|2|0|P|s|" + at.minusSeconds(60).toEpochMilli() + "|7", "s", 1)))
                    .at(at).json();
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
