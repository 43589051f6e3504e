package coach.backrelief.local;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java -jar back-relief-skill.jar [invoke | --help]}. */
public final class Main {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 64;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_REFUSED = 3;

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        String mode = args.length == 0 ? "invoke" : args[0];
        switch (mode) {
            case "invoke":
                return invoke(in, out, err);
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
                "Usage: java -jar target/back-relief-skill.jar <mode>",
                "  invoke   read one Alexa request envelope (JSON) on stdin, write the response envelope on stdout",
                "  --help   this text");
    }

    /** One request through the same stream handler Lambda calls; nothing but JSON on stdout. */
    static int invoke(InputStream in, PrintStream out, PrintStream err) throws IOException {
        byte[] request = in.readAllBytes();
        String problem = Envelopes.problem(request);
        if (problem != null) {
            err.println("invoke: " + problem);
            return EXIT_BAD_INPUT;
        }
        BackReliefStreamHandler handler = new BackReliefStreamHandler(
                SkillFactory.create(SkillConfig.fromEnvironment()));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new java.io.ByteArrayInputStream(request), response, null);
        } catch (RuntimeException e) {
            err.println("invoke: request refused: " + e.getMessage());
            return EXIT_REFUSED;
        }
        out.println(response.toString(StandardCharsets.UTF_8));
        out.flush();
        return EXIT_OK;
    }
}
