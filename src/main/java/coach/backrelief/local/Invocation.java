package coach.backrelief.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people start a skill by voice: "open back relief coach" (a launch) or a one-shot such as
 * "ask back relief coach what causes back spasms" or "tell back relief coach to start my stretches".
 *
 * @param utterance what to send as an intent, or null for a plain launch
 */
record Invocation(String utterance) {
    private static final String LAUNCH_VERBS = "(?:open|start|launch|begin|load|run|play|use|talk to|speak to)";
    private static final String CONNECTORS = "(?:(?:to|for|if|whether|that|and|about) )?";
    /** The same in Spanish: "abre alivio de espalda", "pide a alivio de espalda que empiece", accents folded. */
    private static final String LAUNCH_VERBS_ES = "(?:abre|abrir|abra|inicia|iniciar|inicie|empieza|comienza|lanza|"
            + "ejecuta|usa|habla con|hablar con|pon|carga)";
    private static final String ASK_ES = "(?:pide a|pidele a|pregunta a|preguntale a|dile a|di a|pregunta en|pide en)";
    private static final String CONNECTORS_ES = "(?:(?:que|si|sobre|por|para|acerca de) )?";

    boolean isLaunch() {
        return utterance == null;
    }

    /** Parses normalised text (see {@link Utterances#normalise}); null when it does not name the skill. */
    static Invocation parse(String said, String invocationName, String locale) {
        String text = said.startsWith("alexa ") ? said.substring("alexa ".length()) : said;
        String name = Pattern.quote(Utterances.normalise(invocationName));
        if (locale != null && locale.startsWith("es")) {
            return spanish(text, name);
        }
        if (text.matches("(?:" + LAUNCH_VERBS + "|ask|tell) (?:the )?" + name + "(?: skill)?")) {
            return new Invocation(null);
        }
        Matcher oneShot = Pattern.compile("(?:ask|tell) (?:the )?" + name + " " + CONNECTORS + "(.+)").matcher(text);
        if (oneShot.matches()) {
            return new Invocation(oneShot.group(1));
        }
        Matcher openAnd = Pattern.compile(LAUNCH_VERBS + " (?:the )?" + name + " and (.+)").matcher(text);
        if (openAnd.matches()) {
            return new Invocation(openAnd.group(1));
        }
        Matcher using = Pattern.compile("(.+) (?:using|with|on|from) (?:the )?" + name).matcher(text);
        return using.matches() ? new Invocation(using.group(1)) : null;
    }

    private static Invocation spanish(String text, String name) {
        if (text.matches("(?:" + LAUNCH_VERBS_ES + "|" + ASK_ES + ") (?:la skill )?" + name)) {
            return new Invocation(null);
        }
        Matcher oneShot = Pattern.compile(ASK_ES + " " + name + " " + CONNECTORS_ES + "(.+)").matcher(text);
        if (oneShot.matches()) {
            return new Invocation(oneShot.group(1));
        }
        Matcher openAnd = Pattern.compile(LAUNCH_VERBS_ES + " " + name + " y (.+)").matcher(text);
        if (openAnd.matches()) {
            return new Invocation(openAnd.group(1));
        }
        Matcher using = Pattern.compile("(.+) (?:con|en|usando) " + name).matcher(text);
        return using.matches() ? new Invocation(using.group(1)) : null;
    }
}
