package coach.backrelief.local;

import java.util.List;
import java.util.Map;

/**
 * What people say for Alexa's built-in intents. Alexa knows these without samples; they count only
 * for intents the model declares, as on a real device.
 */
final class BuiltInPhrases {
    static final Map<String, List<String>> PHRASES = Map.ofEntries(
            Map.entry("AMAZON.StopIntent", List.of("stop", "stop it", "off", "shut up", "quit", "exit",
                    "enough", "be quiet", "goodbye", "bye", "stop talking")),
            Map.entry("AMAZON.CancelIntent", List.of("cancel", "cancel that", "never mind", "nevermind",
                    "forget it")),
            Map.entry("AMAZON.HelpIntent", List.of("help", "help me", "what can i say", "what can you do",
                    "can you help me", "i need help", "how does this work")),
            Map.entry("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "yup", "sure", "ok", "okay",
                    "yes please", "sounds good", "please do", "of course", "go ahead", "why not", "alright",
                    "all right", "definitely", "absolutely", "i would like that")),
            Map.entry("AMAZON.NoIntent", List.of("no", "nope", "nah", "no thanks", "no thank you", "not now",
                    "not really", "i am good", "maybe later", "no way")),
            Map.entry("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say that again", "again",
                    "can you repeat that", "what did you say", "come again", "pardon", "say it again",
                    "one more time")),
            Map.entry("AMAZON.NextIntent", List.of("next", "skip", "next one", "skip this", "skip it",
                    "go on", "move on", "next stretch", "next step", "skip forward")),
            Map.entry("AMAZON.PreviousIntent", List.of("previous", "go back", "back", "previous one",
                    "skip back", "the previous one", "last one", "back up")),
            Map.entry("AMAZON.PauseIntent", List.of("pause", "pause it", "pause that", "hold on", "wait",
                    "hang on", "hold")),
            Map.entry("AMAZON.ResumeIntent", List.of("resume", "continue", "keep going", "carry on",
                    "unpause", "go on then", "let's continue")),
            Map.entry("AMAZON.StartOverIntent", List.of("start over", "restart", "start again",
                    "begin again", "from the beginning", "start from the beginning")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home", "main menu", "go to the main menu",
                    "exit to home", "go to the home screen")));

    private BuiltInPhrases() {
    }

    /** The same in Spanish (es-US, es-MX, es-ES): what Alexa's built-in intents know without samples. */
    static final Map<String, List<String>> SPANISH = Map.ofEntries(
            Map.entry("AMAZON.StopIntent", List.of("para", "parar", "detente", "basta", "ya basta", "salir", "sal",
                    "adiós", "termina", "terminar", "cállate", "apágate", "alto")),
            Map.entry("AMAZON.CancelIntent", List.of("cancela", "cancelar", "cancélalo", "olvídalo", "déjalo",
                    "no importa")),
            Map.entry("AMAZON.HelpIntent", List.of("ayuda", "ayúdame", "necesito ayuda", "qué puedo decir",
                    "qué puedes hacer", "cómo funciona esto")),
            Map.entry("AMAZON.YesIntent", List.of("sí", "si", "claro", "vale", "ok", "okey", "de acuerdo", "sí por favor",
                    "por supuesto", "adelante", "dale", "órale", "sale", "bueno", "me parece bien", "perfecto")),
            Map.entry("AMAZON.NoIntent", List.of("no", "no gracias", "ahora no", "para nada", "nel", "de ninguna manera",
                    "mejor no", "no quiero")),
            Map.entry("AMAZON.RepeatIntent", List.of("repite", "repítelo", "repetir", "otra vez", "de nuevo",
                    "qué dijiste", "puedes repetir", "cómo", "perdón", "dilo otra vez")),
            Map.entry("AMAZON.NextIntent", List.of("siguiente", "el siguiente", "la siguiente", "próximo", "próxima",
                    "sigue", "adelante", "pasa", "el que sigue", "la que sigue")),
            Map.entry("AMAZON.PreviousIntent", List.of("anterior", "el anterior", "la anterior", "atrás",
                    "regresa", "vuelve", "vuelve atrás", "ve atrás")),
            Map.entry("AMAZON.PauseIntent", List.of("pausa", "pausar", "pon pausa", "espera", "un momento",
                    "espérame", "aguanta")),
            Map.entry("AMAZON.ResumeIntent", List.of("continúa", "continuar", "reanuda", "reanudar", "sigue adelante",
                    "seguimos", "quita la pausa")),
            Map.entry("AMAZON.StartOverIntent", List.of("empieza de nuevo", "vuelve a empezar", "desde el principio",
                    "reinicia", "empezar otra vez", "otra vez desde el principio")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("inicio", "ir al inicio", "menú principal",
                    "pantalla de inicio")));

    /** What Alexa knows for the built-in intent in the model's language ({@code es-MX} → Spanish, else English). */
    static List<String> phrases(String intentName, String locale) {
        Map<String, List<String>> phrases = locale != null && locale.startsWith("es") ? SPANISH : PHRASES;
        return phrases.getOrDefault(intentName, List.of());
    }
}
