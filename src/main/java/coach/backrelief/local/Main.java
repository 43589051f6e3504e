package coach.backrelief.local;

import coach.backrelief.envelope.EnvelopeRefusedException;
import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar back-relief-skill.jar [console options | invoke | --help]}: the console is the default. */
public final class Main {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 64;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_REFUSED = 3;

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        if (isConsole(args) && System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn"); // before any logger exists: only the conversation is printed
        }
        if (System.getProperty(JETTY_LOG_LEVEL) == null) {
            System.setProperty(JETTY_LOG_LEVEL, "warn"); // serve prints its own start line
        }
        System.exit(run(args, System.in, System.out, System.err));
    }

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String JETTY_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.eclipse.jetty";

    private static boolean isConsole(String[] args) {
        return args.length == 0 || args[0].equals("console") || args[0].startsWith("--") && !args[0].equals("--help");
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        String mode = args.length == 0 ? "console" : args[0];
        if (isConsole(args)) {
            int from = args.length > 0 && args[0].equals("console") ? 1 : 0;
            return console(Arrays.asList(args).subList(from, args.length), in, out, err);
        }
        switch (mode) {
            case "invoke":
                return invoke(in, out, err);
            case "serve":
                return serve(Arrays.asList(args).subList(1, args.length), err);
            case "nlu-export":
                return NluExport.export(Arrays.asList(args).subList(1, args.length), out, err);
            case "nlu-eval":
                return NluExport.evaluate(Arrays.asList(args).subList(1, args.length), out, err);
            case "nlu-score":
                return NluExport.score(Arrays.asList(args).subList(1, args.length), out, err);
            case "--help":
            case "-h":
            case "help":
                out.println(usage());
                return EXIT_OK;
            default:
                err.println("unknown mode '" + mode + "'. " + usage());
                return EXIT_USAGE;
        }
    }

    static String usage() {
        return String.join("\n",
                "Usage: java -jar target/back-relief-skill.jar [mode] [options]",
                "  console  (the default) talk to the skill as on an Echo; reads a script from stdin when it is not a terminal",
                ConsoleOptions.USAGE,
                "  invoke   read one Alexa request envelope (JSON) on stdin, write the response envelope on stdout",
                ServeOptions.USAGE,
                "  nlu-export [--out DIR] [--locale TAG]  write the evaluation corpus as an NLU annotation set and an",
                "           utterance-profiler script per locale (default target/nlu; run from the project folder)",
                "  nlu-eval [--corpus DIR] [--out DIR]  the build's understanding figures on any corpus folder",
                "  nlu-score [--dir DIR]  judge the profiler's answers the way the build's evaluation does",
                "  --help   this text");
    }

    /** The text console; a script when stdin is not a terminal. */
    static int console(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        ConsoleOptions options;
        InteractionModel model;
        try {
            options = ConsoleOptions.parse(args);
            model = InteractionModel.load(options.locale());
        } catch (IllegalArgumentException e) {
            err.println("console: " + e.getMessage() + ". " + usage());
            return EXIT_USAGE;
        }
        Espeak espeak = null;
        if (options.speak()) {
            espeak = Espeak.find(options.locale());
            if (espeak == null) {
                out.println("(--speak: espeak-ng is not installed, so the console prints only. Install it with: "
                        + "sudo apt-get install espeak-ng)");
            }
        }
        SkillConfig config = SkillConfig.fromEnvironment();
        Console console = new Console(model, new BackReliefStreamHandler(SkillFactory.create(config), config.skillId()),
                new FakeDevice(config.skillId(), options.locale(), options.screen(), config.clock()), options,
                new Voice(out, options.realtime(), Thread::sleep, espeak), out);
        console.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), System.console() != null);
        return EXIT_OK;
    }

    /** The HTTP endpoint, until SIGTERM or Ctrl-C (a shutdown hook stops it with a short drain). */
    static int serve(List<String> args, PrintStream err) throws IOException {
        return serve(args, err, SkillConfig.fromEnvironment());
    }

    /**
     * As {@link #serve(List, PrintStream)} with the given configuration. With verification on, a
     * skill id is required: without one the server would answer any skill's signed requests.
     */
    static int serve(List<String> args, PrintStream err, SkillConfig config) throws IOException {
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage() + ". " + usage());
            return EXIT_USAGE;
        }
        if (options.verify() && config.skillId() == null) {
            err.println("serve: SKILL_ID is not set. With verification on, the server would answer signed requests "
                    + "for any skill, not only yours. Set SKILL_ID=amzn1.ask.skill.… (your skill's id from the developer "
                    + "console), or, for local testing only, use --no-verify on a loopback address.");
            return EXIT_BAD_INPUT;
        }
        RequestVerifier verifier = null;
        if (options.verify()) {
            verifier = new RequestVerifier(new SigningCertificates(CertificateFetcher.https(),
                    SigningCertificates.jdkTrustAnchors(), config.clock()), config.clock());
        } else {
            err.println("WARNING: request verification is OFF (--no-verify): anything that can reach this port can call the skill.");
        }
        SkillServer server = new SkillServer(new BackReliefStreamHandler(SkillFactory.create(config), config.skillId()), verifier,
                new InetSocketAddress(options.bind(), options.port()), options.threads());
        try {
            server.start();
        } catch (IOException e) {
            server.stop(Duration.ZERO);
            err.println("serve: cannot listen on " + options.bind().getHostAddress() + ":" + options.port()
                    + " (" + e.getMessage() + ")");
            return EXIT_REFUSED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(Duration.ofSeconds(2)), "serve-shutdown"));
        err.println("serve: listening on http://" + options.bind().getHostAddress() + ":" + server.port()
                + "/ (POST /, GET /health), verification " + (options.verify() ? "on" : "OFF")
                + (config.skillId() == null ? "; accepting any skill id (set SKILL_ID)" : "; skill " + config.skillId()));
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EXIT_OK;
    }

    /** One request through the same stream handler Lambda calls; nothing but JSON on stdout. */
    static int invoke(InputStream in, PrintStream out, PrintStream err) throws IOException {
        byte[] request = in.readAllBytes();
        SkillConfig config = SkillConfig.fromEnvironment();
        BackReliefStreamHandler handler = new BackReliefStreamHandler(SkillFactory.create(config), config.skillId());
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new java.io.ByteArrayInputStream(request), response, null);
        } catch (EnvelopeRefusedException e) {
            err.println("invoke: request refused: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("invoke: the skill could not answer: " + e.getMessage());
            return EXIT_REFUSED;
        }
        out.println(response.toString(StandardCharsets.UTF_8));
        out.flush();
        return EXIT_OK;
    }
}
