package coach.backrelief.skill;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.progress.FileProgressStore;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.Zones;
import coach.backrelief.speech.RoutineReplies;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10.7: one skill instance answers 16 threads at once exactly as it answers the same requests
 * one by one. Conversations (each its own user and session, 1 to 10 turns drawn from a seeded mix of
 * launches, routine control, questions, free text, red flags, progress and stops, in en-US and
 * en-GB) are sent by {@value #THREADS} threads sharing one skill built by {@link SkillFactory}, then
 * sent again one at a time on a second, fresh instance; every response (speech, reprompt, cards,
 * directives, session state) must be the same. A conversation ends at the first answer that ends
 * its session (a red flag's background write never meets a later request of its user).
 *
 * <p>The skill's random source is seeded per request (from the conversation and turn), so wording
 * variety does not depend on which thread asks first. Scaled to {@value #DEFAULT_PER_THREAD}
 * requests a thread; the full count is
 * {@code mvn -B -o test -Dtest=ConcurrentSkillTest -Dconcurrency.requests=10000}
 * ({@code -Dconcurrency.seed=N} for another mix).
 */
class ConcurrentSkillTest {
    static final int THREADS = 16;
    static final int DEFAULT_PER_THREAD = 200;
    static final int PER_THREAD = Integer.getInteger("concurrency.requests", DEFAULT_PER_THREAD);
    static final long SEED = Long.getLong("concurrency.seed", 20261202L);

    /** Each request's random source, set by the sending thread just before it sends. */
    static final class PerRequestRandom implements RandomGenerator {
        private final ThreadLocal<SplittableRandom> current = ThreadLocal.withInitial(() -> new SplittableRandom(0));

        void seed(long seed) {
            current.set(new SplittableRandom(seed));
        }

        @Override
        public long nextLong() {
            return current.get().nextLong();
        }
    }

    private static final List<Supplier<Requests>> MIX = List.of(
            Requests::launch, Requests::launch,
            () -> intent("ProgressIntent"),
            () -> intent("StartRoutineIntent"), () -> intent("StartRoutineIntent"),
            () -> intent("StartRoutineIntent").slot("routine", "full", "FULL"),
            () -> intent("AMAZON.YesIntent"), () -> intent("AMAZON.NoIntent"), () -> intent("AMAZON.NoIntent"),
            () -> intent("AMAZON.NextIntent"), () -> intent("AMAZON.NextIntent"), () -> intent("AMAZON.NextIntent"),
            () -> intent("AMAZON.PauseIntent"), () -> intent("AMAZON.ResumeIntent"),
            () -> intent("AMAZON.HelpIntent"), () -> intent("AMAZON.RepeatIntent"), () -> intent("AMAZON.FallbackIntent"),
            () -> intent("RoutineStatusIntent"), () -> intent("DescribeStretchIntent"), () -> intent("ItHurtsIntent"),
            () -> intent("HeatColdIntent"), () -> intent("MedicationIntent"), () -> intent("ListRoutinesIntent"),
            () -> intent("DescribeSymptomIntent").slot("description", "my lower back is stiff in the morning", null),
            () -> intent("QuestionIntent").slot("question", "is heat any good", null),
            () -> intent("SymptomReportIntent").unresolvedSlot("symptom", "a funny feeling"),
            () -> intent("SymptomReportIntent").slot("symptom", "fever", "FEVER_UNWELL"),
            () -> intent("SymptomReportIntent").slot("symptom", "numb groin", "SADDLE_NUMBNESS"),
            () -> intent("AMAZON.StopIntent"));

    /** One conversation's requests, drawn from the seed; the same in both runs. */
    private static List<Requests> script(int conversation) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + conversation);
        int turns = 1 + random.nextInt(10);
        String locale = random.nextInt(5) == 0 ? "en-GB" : "en-US";
        String user = "amzn1.ask.account.C" + conversation;
        List<Requests> requests = new ArrayList<>();
        requests.add(random.nextBoolean() ? Requests.launch() : MIX.get(random.nextInt(MIX.size())).get());
        for (int t = 1; t < turns; t++) {
            requests.add(MIX.get(random.nextInt(MIX.size())).get());
        }
        requests.forEach(r -> r.locale(locale).user(user));
        return requests;
    }

    private record Skill(BackReliefStreamHandler handler, PerRequestRandom random) {
        static Skill fresh() {
            PerRequestRandom random = new PerRequestRandom();
            SkillConfig config = new SkillConfig(Requests.SKILL_ID, random, Clock.fixed(SkillDriver.NOW, ZoneOffset.UTC),
                    RoutineReplies.AudioMode.APLA, new ProgressService(new FileProgressStore(SkillDriver.temporaryProgressDir())),
                    new Zones(ZoneOffset.UTC));
            return new Skill(new BackReliefStreamHandler(SkillFactory.create(config)), random);
        }

        /** Sends one conversation until its session ends; what was heard, one line a turn. */
        List<String> converse(int conversation) {
            SkillDriver alexa = new SkillDriver(handler);
            List<String> heard = new ArrayList<>();
            List<Requests> requests = script(conversation);
            for (int t = 0; t < requests.size(); t++) {
                random.seed(SEED ^ (conversation * 31L + t) * 0x9E3779B97F4A7C15L);
                Heard h = alexa.say(requests.get(t));
                String line = h.envelope().path("response").toString() + " " + h.sessionAttributes();
                // full runs keep a digest of each answer, not the answer (160,000 answers twice)
                heard.add(PER_THREAD > DEFAULT_PER_THREAD ? digest(line) : line);
                if (h.ended()) {
                    break;
                }
            }
            return heard;
        }
    }

    private static String digest(String line) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 12)
                    + (line.contains("call 911 now") ? " call 911 now" : "") + (line.contains("999") ? " 999" : "")
                    + (line.contains("attention today") ? " attention today" : "")
                    + (line.contains("one safety question") ? " one safety question" : "");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thread {@code thread}'s conversations: every {@value #THREADS}th, until it has sent its requests. */
    private static Map<Integer, List<String>> run(Skill skill, int thread) {
        Map<Integer, List<String>> transcripts = new TreeMap<>();
        int sent = 0;
        for (int c = thread; sent < PER_THREAD; c += THREADS) {
            List<String> heard = skill.converse(c);
            transcripts.put(c, heard);
            sent += heard.size();
        }
        return transcripts;
    }

    @Test
    void sixteenThreadsOnOneSkillHearWhatOneByOneHears() throws Exception {
        Skill concurrent = Skill.fresh();
        Map<Integer, List<String>> together = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<Map<Integer, List<String>>>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> run(concurrent, thread)));
            }
            for (Future<Map<Integer, List<String>>> f : threads) {
                together.putAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Skill alone = Skill.fresh();
        Map<Integer, List<String>> oneByOne = new TreeMap<>();
        for (int t = 0; t < THREADS; t++) {
            oneByOne.putAll(run(alone, t));
        }

        int requests = together.values().stream().mapToInt(List::size).sum();
        System.out.printf("%d requests in %d conversations on 16 threads: %d ms (%.0f requests/s)%n",
                requests, together.size(), took.toMillis(), requests * 1000.0 / Math.max(1, took.toMillis()));
        assertThat(requests).isGreaterThanOrEqualTo(THREADS * PER_THREAD);
        assertThat(together.keySet()).isEqualTo(oneByOne.keySet());
        for (Integer c : oneByOne.keySet()) {
            assertThat(together.get(c)).as("conversation %d", c).containsExactlyElementsOf(oneByOne.get(c));
        }
        assertThat(String.join("\n", oneByOne.values().stream().flatMap(List::stream).toList()))
                .as("the mix reaches routines, answers and red flags")
                .contains("call 911 now", "attention today", "one safety question", "999");
    }
}
