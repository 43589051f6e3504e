package coach.backrelief.local;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillFactory;
import coach.backrelief.testing.EnvelopeCases;
import coach.backrelief.testing.EnvelopeCases.Case;
import coach.backrelief.testing.EnvelopeCases.Mutated;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.PlatformRules;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10.5: mutated request envelopes never break the skill. Cases start from real envelopes of
 * every request type and every intent of the en-US model (new sessions and sessions carrying states
 * the skill itself produced mid-routine, mid-question, paused), and apply up to four mutations: drop,
 * null, retype, duplicate a key, oversize, deep-nest, junk text (unicode, SSML metacharacters, lone
 * surrogates) in slots and anywhere, foreign, empty or missing application ids, junk timestamps and
 * locales, unknown request types and intents, tampered session state, truncated bodies, invalid
 * UTF-8. Each case goes to {@link SkillServer#answer} (the endpoint's hand-off, behind the same gate
 * Lambda and {@code invoke} use) of a skill that accepts only {@link Requests#SKILL_ID}.
 *
 * <p>Properties: the answer is 200 or 400, never 5xx; a 400 is {@code {"error": ...}} in plain words
 * (no exception class, no stack trace); a 200 is a valid Alexa response (well-formed SSML, speech
 * ≤ 8,000 characters, ≤ 24 KB, a reprompt when the session stays open) with no speech for
 * SessionEnded and AudioPlayer events, and no last-resort apology; a request whose application id is
 * foreign, empty or missing is refused; an unmutated envelope is answered; nothing is logged at
 * ERROR, and no log line names an exception or carries a stack trace; and the skill then still
 * answers a known-good request (help).
 *
 * <p>{@value #DEFAULT_CASES} cases per build. The million-case run:
 * {@code mvn -B -o test -Dtest=EnvelopeFuzzTest -Dfuzz.cases=1000000} ({@code -Dfuzz.seed=N} to
 * replay a seed jqwik reports).
 */
class EnvelopeFuzzTest {
    static final int DEFAULT_CASES = 20_000;
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "(?<![.\\w])[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|javax|com|org|net|software)\\.[a-z]+\\.|\\n\\s*at ");
    private static final String APOLOGY = "Sorry, something went wrong";

    private static SkillServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream realErr;
    private static long answered;
    private static long refused;
    private static long foreign;

    /** Sets the number of tries from {@code -Dfuzz.cases} and the seed from {@code -Dfuzz.seed}. */
    static final class Cases implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Integer.getInteger("fuzz.cases", DEFAULT_CASES));
            String seed = System.getProperty("fuzz.seed");
            if (seed != null && !seed.isBlank()) {
                context.attributes().setSeed(seed);
            }
            return property.execute();
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        EnvelopeCases.seeds();
        Path progress = Files.createTempDirectory("brc-fuzz");
        var config = SkillDriver.config(7, SkillDriver.NOW, progress);
        server = new SkillServer(new BackReliefStreamHandler(SkillFactory.create(config), Requests.SKILL_ID), null,
                new InetSocketAddress("127.0.0.1", 0), 1);
        realErr = System.err;
        System.setErr(new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterContainer
    static void stop() {
        System.setErr(realErr);
        realErr.printf("EnvelopeFuzzTest: %d seeds; %d answered, %d refused (%d with a foreign, empty or missing"
                + " application id)%n", EnvelopeCases.seeds().size(), answered, refused, foreign);
    }

    @Provide
    Arbitrary<Case> cases() {
        return EnvelopeCases.cases();
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(Cases.class)
    void mutatedEnvelopesNeverBreakTheSkill(@ForAll("cases") Case fuzz) {
        LOG.reset();
        Mutated mutated = EnvelopeCases.apply(fuzz);
        JsonNode tree = mutated.tree();
        boolean idsOk = EnvelopeCases.idsAreOurs(tree);
        if (!idsOk) {
            foreign++;
        }
        byte[] body = mutated.body();
        String label = fuzz + "\n" + abbreviate(new String(body, StandardCharsets.UTF_8));

        Reply reply = server.answer(body);
        String replyText = new String(reply.body(), StandardCharsets.UTF_8);
        assertThat(reply.status()).as("status for %s\nanswer: %s", label, replyText).isIn(200, 400);
        if (reply.status() == 400) {
            refused++;
            JsonNode error = EnvelopeCases.parse(replyText);
            assertThat(error.path("error").isTextual()).as("refusal body %s", replyText).isTrue();
            assertThat(error.size()).isEqualTo(1);
            assertPlainWords(error.path("error").asText(), label);
        } else {
            answered++;
            assertThat(idsOk).as("answered a request with a foreign or missing application id: %s", label).isTrue();
            Heard heard = new Heard(EnvelopeCases.parse(replyText));
            try {
                PlatformRules.check(heard, reply.body().length);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nfor " + label + "\nanswer: " + abbreviate(replyText), e);
            }
            assertThat(heard.speech()).as("last-resort apology for %s", label).doesNotContain(APOLOGY);
            String type = tree.path("request").path("type").asText("");
            if (type.equals("SessionEndedRequest") || type.startsWith("AudioPlayer.")
                    || type.startsWith("PlaybackController.")) {
                assertThat(heard.ssml()).as("speech for %s", label).isEmpty();
                assertThat(heard.hasReprompt()).isFalse();
            }
        }
        if (fuzz.mutations().isEmpty()) {
            assertThat(reply.status()).as("an unmutated envelope is answered: %s", label).isEqualTo(200);
        }
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).as("log for %s", label).doesNotContain(" ERROR ");
        assertPlainWords(log, label);

        Reply good = server.answer(intent("AMAZON.HelpIntent").api(EnvelopeCases.DEAD_API, null).json().getBytes(StandardCharsets.UTF_8));
        assertThat(good.status()).as("a known-good request (help) after %s", label).isEqualTo(200);
        Heard help = new Heard(EnvelopeCases.parse(new String(good.body(), StandardCharsets.UTF_8)));
        assertThat(help.speech()).isNotEmpty();
        assertThat(help.ended()).isFalse();
    }

    private static void assertPlainWords(String text, String label) {
        Matcher m = EXCEPTION_NAME.matcher(text);
        assertThat(m.find()).as("names an exception or a stack trace (%s) in: %s\nfor %s",
                m.hitEnd() ? "" : m.group(), abbreviate(text), label).isFalse();
    }

    // ---- mutations ----

    private static String abbreviate(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + "… (" + text.length() + " chars)";
    }
}
