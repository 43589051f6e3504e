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
    /**
     * How one language says it: the launch verbs, the verbs that ask the skill something, the words
     * that may stand before and after its name, the connectors of a one-shot, "and", and the words of
     * "… using back relief coach". The text is normalised, so accents are folded.
     */
    private record Grammar(String launch, String ask, String before, String after, String connectors, String and,
                           String using) {
    }

    private static final Grammar ENGLISH = new Grammar(
            "(?:open|start|launch|begin|load|run|play|use|talk to|speak to)", "(?:ask|tell)", "(?:the )?",
            "(?: skill)?", "(?:(?:to|for|if|whether|that|and|about) )?", "and", "(?:using|with|on|from)");
    /** "abre alivio de espalda", "pide a alivio de espalda que empiece mis estiramientos". */
    private static final Grammar SPANISH = new Grammar(
            "(?:abre|abrir|abra|inicia|iniciar|inicie|empieza|comienza|lanza|ejecuta|usa|habla con|hablar con|pon|carga)",
            "(?:pide a|pidele a|pregunta a|preguntale a|dile a|di a|pregunta en|pide en)", "(?:la skill )?", "",
            "(?:(?:que|si|sobre|por|para|acerca de) )?", "y", "(?:con|en|usando)");

    boolean isLaunch() {
        return utterance == null;
    }

    /** Parses normalised text (see {@link Utterances#normalise}) in the locale's language; null when it does not name the skill. */
    static Invocation parse(String said, String invocationName, String locale) {
        Grammar g = locale != null && locale.startsWith("es") ? SPANISH : ENGLISH;
        String text = said.startsWith("alexa ") ? said.substring("alexa ".length()) : said;
        String name = g.before() + Pattern.quote(Utterances.normalise(invocationName));
        if (text.matches("(?:" + g.launch() + "|" + g.ask() + ") " + name + g.after())) {
            return new Invocation(null);
        }
        Matcher oneShot = Pattern.compile(g.ask() + " " + name + " " + g.connectors() + "(.+)").matcher(text);
        if (oneShot.matches()) {
            return new Invocation(oneShot.group(1));
        }
        Matcher openAnd = Pattern.compile(g.launch() + " " + name + " " + g.and() + " (.+)").matcher(text);
        if (openAnd.matches()) {
            return new Invocation(openAnd.group(1));
        }
        Matcher using = Pattern.compile("(.+) " + g.using() + " " + name).matcher(text);
        return using.matches() ? new Invocation(using.group(1)) : null;
    }
}
