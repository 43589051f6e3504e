package coach.backrelief.local;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The {@code serve} options.
 *
 * @param port    TCP port (0 picks a free one)
 * @param bind    address to listen on
 * @param verify  false only with --no-verify, which is refused unless {@code bind} is a loopback address
 * @param threads worker threads
 */
record ServeOptions(int port, InetAddress bind, boolean verify, int threads) {

    static final String USAGE = String.join("\n",
            "  serve    an HTTP endpoint for Alexa's HTTPS-endpoint hosting (run it behind a TLS proxy);",
            "           verifies every request, and needs SKILL_ID set to your skill's id",
            "    --port N       port to listen on (default 8080)",
            "    --bind ADDR    address to listen on (default 127.0.0.1)",
            "    --threads N    worker threads (default 8)",
            "    --no-verify    skip request signature checks; loopback addresses only, for local testing");

    /** Parses options; throws IllegalArgumentException with a one-line reason. */
    static ServeOptions parse(List<String> args) {
        int port = 8080;
        String bind = "127.0.0.1";
        boolean verify = true;
        int threads = 8;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--port" -> port = number(args, ++i, option, 0, 65535);
                case "--threads" -> threads = number(args, ++i, option, 1, 256);
                case "--bind" -> bind = value(args, ++i, option);
                case "--no-verify" -> verify = false;
                default -> throw new IllegalArgumentException("unknown serve option '" + option + "'");
            }
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown address " + bind);
        }
        if (!verify && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("--no-verify is only allowed when binding to a loopback address");
        }
        return new ServeOptions(port, address, verify, threads);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int number(List<String> args, int i, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value(args, i, option));
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number from " + min + " to " + max);
        }
    }
}
