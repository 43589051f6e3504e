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

    static List<String> phrases(String intentName) {
        return PHRASES.getOrDefault(intentName, List.of());
    }
}
