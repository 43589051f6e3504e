package coach.backrelief.local;

import java.util.List;

/**
 * The console's command-line options.
 *
 * @param locale   request locale, e.g. en-US
 * @param screen   pretend to be an Echo Show (APL supported)
 * @param realtime really wait through pauses
 * @param speak    speak through espeak-ng
 * @param json     print the raw request and response envelopes
 */
record ConsoleOptions(String locale, boolean screen, boolean realtime, boolean speak, boolean json) {

    static final String USAGE = String.join("\n",
            "  console options:",
            "    --locale TAG   request locale (default en-US), e.g. en-GB",
            "    --screen       pretend to be an Echo Show: print what the display shows",
            "    --realtime     really wait through pauses, counting down long silences",
            "    --speak        speak through espeak-ng when it is installed",
            "    --json         print the raw request and response envelopes");

    /** Parses options; throws IllegalArgumentException with a one-line reason. */
    static ConsoleOptions parse(List<String> args) {
        String locale = "en-US";
        boolean screen = false;
        boolean realtime = false;
        boolean speak = false;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--locale" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("[a-z]{2}-[A-Z]{2}")) {
                        throw new IllegalArgumentException("--locale needs a tag like en-GB");
                    }
                    locale = args.get(++i);
                }
                case "--screen" -> screen = true;
                case "--realtime" -> realtime = true;
                case "--speak" -> speak = true;
                case "--json" -> json = true;
                default -> throw new IllegalArgumentException("unknown console option '" + args.get(i) + "'");
            }
        }
        return new ConsoleOptions(locale, screen, realtime, speak, json);
    }
}
