package coach.backrelief.local;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillFactory;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTest {
    private final List<Long> slept = new ArrayList<>();

    private String replay(String script, ConsoleOptions options) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var config = SkillDriver.config(42);
        Console console = new Console(InteractionModel.load(options.locale()),
                new BackReliefStreamHandler(SkillFactory.create(config.withSkillId(null))),
                new FakeDevice(null, options.locale(), options.screen(), Clock.fixed(SkillDriver.NOW, ZoneOffset.UTC)),
                options, new Voice(out, options.realtime(), slept::add, null), out);
        console.run(new BufferedReader(new StringReader(script)), false);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String replay(String script) throws Exception {
        return replay(script, new ConsoleOptions("en-US", false, false, false, false));
    }

    @Test
    void aWholeRoutineCanBeDoneInTheConsoleWithTheBuiltInPhrases() throws Exception {
        String transcript = replay(String.join("\n",
                "ask back relief coach to start my back stretches",
                "no",
                "how much longer",
                "next",
                "pause",
                "resume",
                "go back",
                "skip",
                "repeat that",
                "done",
                "done",
                ""));
        List<String> said = transcript.lines().filter(l -> l.startsWith("Alexa: ")).toList();
        assertThat(said.get(0)).contains("one safety question");
        assertThat(said.get(1)).startsWith("Alexa: Let's do the quick routine: 3 stretches")
                .contains("Hold for 30 seconds", "(pause", "20 seconds left", "And release", "Switch sides");
        assertThat(said.get(2)).startsWith("Alexa: You're on stretch 1 of 3.");
        assertThat(said.get(3)).startsWith("Alexa: Next, pelvic tilts.");
        assertThat(said.get(4)).isEqualTo("Alexa: Paused. Say resume when you're ready.");
        assertThat(said.get(5)).startsWith("Alexa: Okay, picking up with pelvic tilts.");
        assertThat(said.get(6)).startsWith("Alexa: Going back to knee to chest.");
        assertThat(said.get(7)).startsWith("Alexa: Okay, skipping that one. Pelvic tilts again.");
        assertThat(said.get(8)).startsWith("Alexa: Once more: pelvic tilts.");
        assertThat(said.get(9)).startsWith("Alexa: Last one, cat cow.").contains("Breathe out", "That was the last stretch");
        assertThat(said.get(10)).startsWith("Alexa: Well done. That's the quick routine finished");
        assertThat(transcript).contains("(session ended)");
    }

    /** What Alexa says, line by line, to a one-shot "ask back relief coach …" and the lines after it. */
    private List<String> saidTo(String oneShot, String... then) throws Exception {
        String script = "ask back relief coach " + oneShot + "\n" + String.join("\n", then) + "\n";
        return replay(script).lines().filter(l -> l.startsWith("Alexa: ")).toList();
    }

    /** Spoken phrasings, understood through the interaction model as a device would, heard word for word. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "my back just went",
        "I threw my back out",
        "my back's gone into spasm",
        "my back locked up",
    })
    void theBackJustWentIsAnsweredCalmlyThenTheGentleRoutineIsOffered(String words) throws Exception {
        List<String> said = saidTo(words, "yes");
        assertThat(said.get(0)).isEqualTo("Alexa: Breathe slowly, and ease into whatever position feels best; "
                + "gentle movement will help more than bed rest. If your legs go numb or weak, call 911 now. "
                + "Want me to walk you through some gentle stretches?");
        assertThat(said.get(1)).isEqualTo("Alexa: Before we start, one safety question. Do you have any numbness "
                + "around your groin or buttocks, trouble controlling your bladder or bowels, or new weakness in your legs?");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "I hurt it an hour ago, heat or ice?",
        "I just did it this morning, should I use ice",
    })
    void aFreshInjuryIsToldWhatHelpsInTheFirstDays(String words) throws Exception {
        List<String> said = saidTo(words);
        assertThat(said.get(0)).isEqualTo("Alexa: In the first few days, either helps: wrapped ice eases pain "
                + "and swelling, and heat eases spasm. Use it for about twenty minutes, never straight on your skin. "
                + "Want me to walk you through some gentle stretches?");
    }

    @Test
    void theBackWentWithNumbLegsIsAnEmergency() throws Exception {
        String transcript = replay("ask back relief coach my back went and I can't feel my legs\n");
        assertThat(transcript).contains("Alexa: That could be serious. Please call 911 now, or go to the nearest "
                + "emergency department. Don't do any stretches until a doctor has checked you.", "(session ended)");
    }

    @Test
    void aWholeConversationReadsLikeATranscript() throws Exception {
        String transcript = replay(String.join("\n",
                "# comments are skipped",
                "open back relief coach",
                "What causes back spasms?",
                "yes",
                "I have numbness in my groin",
                "what about heat",
                "ask back relief coach should I use heat or ice",
                ""));
        List<String> lines = transcript.lines().toList();
        assertThat(transcript).doesNotContain("comments are skipped");
        assertThat(lines.get(0)).isEqualTo("> open back relief coach");
        assertThat(lines.get(1)).startsWith("Alexa: ").contains("not medical advice").endsWith("What would you like?");
        assertThat(lines.get(2)).isEqualTo("> What causes back spasms?");
        assertThat(lines.get(3)).startsWith("Alexa: ").contains("Poor posture").endsWith("Want to hear how to prevent them?");
        assertThat(lines.get(4)).startsWith("  [card] What causes back spasms: Poor posture.");
        assertThat(lines.get(5)).isEqualTo("> yes");
        assertThat(lines.get(6)).contains("Exercise regularly").endsWith("?");
        assertThat(lines.get(8)).isEqualTo("> I have numbness in my groin");
        assertThat(lines.get(9)).startsWith("Alexa: That could be serious. Please call 911 now");
        assertThat(lines.get(11)).isEqualTo("  (session ended)");
        assertThat(lines.get(12)).isEqualTo("> what about heat");
        assertThat(lines.get(13)).isEqualTo("  (The skill isn't listening. Say \"open back relief coach\", "
                + "or \"ask back relief coach <your question>\".)");
        assertThat(lines.get(14)).isEqualTo("> ask back relief coach should I use heat or ice");
        assertThat(lines.get(15)).startsWith("Alexa: ").contains("Heat relaxes tight muscles").endsWith("?");
        assertThat(transcript).doesNotContain("<speak>", "INFO", "\tat ");
    }

    @Test
    void silencePlaysTheRepromptThenEndsTheSession() throws Exception {
        String transcript = replay("open back relief coach\n\n\nwhat causes back spasms\n");
        List<String> lines = transcript.lines().toList();
        assertThat(lines.get(2)).isEqualTo("> (silence)");
        assertThat(lines.get(3)).startsWith("Alexa: ").contains("start my stretches");
        assertThat(lines.get(4)).isEqualTo("> (silence)");
        assertThat(lines.get(5)).isEqualTo("  (no answer: the session ended)");
        assertThat(lines.get(7)).contains("The skill isn't listening");
    }

    @Test
    void sessionAttributesAreCarriedSoYesAnswersTheOffer() throws Exception {
        String transcript = replay("ask back relief coach what causes back spasms\nyes\n");
        assertThat(transcript.lines().filter(l -> l.startsWith("Alexa: ")).toList().get(1))
                .contains("Exercise regularly");
    }

    @Test
    void jsonShowsTheRealEnvelopes() throws Exception {
        String transcript = replay("ask back relief coach tell me about ice\n",
                new ConsoleOptions("en-US", false, false, false, true));
        assertThat(transcript).contains("\"type\" : \"IntentRequest\"", "\"name\" : \"TopicIntent\"",
                "\"code\" : \"ER_SUCCESS_MATCH\"", "\"id\" : \"HEAT_COLD\"", "\"new\" : true",
                "\"userId\" : \"" + FakeDevice.USER_ID + "\"", "\"locale\" : \"en-US\"", "response: {");
    }

    @Test
    void britishLocaleGetsBritishAnswersWithItsOwnModel() throws Exception {
        String transcript = replay("ask back relief coach i have numbness in my groin\n",
                new ConsoleOptions("en-GB", false, false, false, false));
        assertThat(transcript).doesNotContain("No interaction model").contains("call 999 now");
        String australian = replay("ask back relief coach i have numbness in my groin\n",
                new ConsoleOptions("en-AU", false, false, false, false));
        assertThat(australian).as("en-AU has its own model and content").doesNotContain("No interaction model")
                .contains("call triple zero now");
        String kiwi = replay("ask back relief coach i have numbness in my groin\n",
                new ConsoleOptions("en-NZ", false, false, false, false));
        assertThat(kiwi).as("no en-NZ model: the English one is used, and the console says so")
                .contains("No interaction model for en-NZ").contains("your local emergency number");
    }

    /** Each English marketplace in the console: a red flag with the country's number, then a routine. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"en-US, 911", "en-GB, 999", "en-CA, 911", "en-AU, triple zero",
            "en-IN, 112"})
    void aConversationInEachEnglishLocaleWithARedFlagAndARoutine(String locale, String number) throws Exception {
        String flag = replay(String.join("\n", "open back relief coach", "I can't feel my bum properly", ""),
                new ConsoleOptions(locale, false, false, false, false));
        List<String> heard = flag.lines().filter(l -> l.startsWith("Alexa: ")).toList();
        assertThat(heard.get(1)).startsWith("Alexa: That could be serious. Please call " + number + " now");
        assertThat(flag).contains("(session ended)").doesNotContain("No interaction model");
        String routine = replay(String.join("\n", "ask back relief coach to start my back stretches", "no", "next", ""),
                new ConsoleOptions(locale, false, false, false, false));
        List<String> said = routine.lines().filter(l -> l.startsWith("Alexa: ")).toList();
        assertThat(said.get(0)).contains("one safety question");
        assertThat(said.get(1)).startsWith("Alexa: Let's do the quick routine: 3 stretches").contains("Hold for 30 seconds");
        assertThat(said.get(2)).startsWith("Alexa: Next, pelvic tilts.");
    }

    /** A whole conversation typed in Spanish in each Spanish locale: the words are content/es*, read by hand. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"es-US, 911, Hiciste", "es-MX, 911, Hiciste", "es-ES, 112, Has hecho"})
    void aConversationInSpanishWithARedFlagAndARoutine(String locale, String number, String did) throws Exception {
        String flag = replay(String.join("\n", "abre alivio de espalda", "se me durmieron las nalgas", ""),
                new ConsoleOptions(locale, false, false, false, false));
        List<String> heard = flag.lines().filter(l -> l.startsWith("Alexa: ")).toList();
        assertThat(heard.get(0)).contains("llama ahora mismo: marca " + number + ".");
        assertThat(heard.get(1)).startsWith("Alexa: Eso podría ser grave. Por favor, llama ahora mismo: marca " + number + ",")
                .doesNotContain("estiramientos");
        assertThat(flag).contains("(session ended)");

        String routine = replay(String.join("\n", "pide a alivio de espalda que empiece mis estiramientos", "no",
                "siguiente", "pausa", "para", ""), new ConsoleOptions(locale, false, false, false, false));
        List<String> said = routine.lines().filter(l -> l.startsWith("Alexa: ")).toList();
        assertThat(said.get(0)).startsWith("Alexa: Antes de empezar, una pregunta de seguridad.");
        assertThat(said.get(1)).startsWith("Alexa: Vamos con la rutina rápida: 3 estiramientos")
                .contains("Mantén 30 segundos", "Quedan 20 segundos.", "10 más.");
        assertThat(said.get(2)).startsWith("Alexa: Siguiente: las inclinaciones pélvicas.");
        assertThat(said.get(3)).isEqualTo("Alexa: En pausa. Di continúa cuando quieras.");
        assertThat(said.get(4)).as("Spain says it in its own past tense").contains(did + " 1 de 3 estiramientos.");
    }

    @Test
    void realtimeWaitsThroughPausesCountingDownLongOnes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Voice voice = new Voice(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, slept::add, null);
        voice.play("Alexa: ", SsmlText.segments("<speak>Hold.<break time=\"3500ms\"/>Release.<break time=\"500ms\"/>Done.</speak>"));
        assertThat(bytes.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("Alexa: Hold. (pause 3.5 s) 4 3 2 1 … Release. (pause 0.5 s) Done.");
        assertThat(slept.stream().mapToLong(Long::longValue).sum()).isEqualTo(4000);
    }
}
