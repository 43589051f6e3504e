package coach.backrelief.knowledge;

import coach.backrelief.content.ContentRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage on sentences written for this test (the evaluation corpus in src/test/resources/nlu
 * measures it on sentences written by others). Each case names what the safety notes call for.
 */
class TriageTest {
    private static final Triage US = new ContentRepository().forLocale("en-US").triage();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "I can't feel my bum when I wipe | SADDLE",
            "there's no feeling down there | SADDLE",
            "my groin has gone numb | SADDLE",
            "I think I might have wet myself | BLADDER_BOWEL",
            "I can't pee properly since this morning | BLADDER_BOWEL",
            "I didn't know I needed the loo until it was too late | BLADDER_BOWEL",
            "both my legs are numb | BOTH_LEGS",
            "my legs feel like jelly | BOTH_LEGS",
            "I keep tripping over my foot | LEG_WEAKNESS",
            "I can hardly walk | LEG_WEAKNESS",
            "I slipped on the stairs this morning | FALL_INJURY",
            "I'm 80 and I had a little fall | FALL_INJURY",
            "the pain goes right through to my chest | CHEST_BREATH",
            "I'm a bit short of breath with it | CHEST_BREATH",
            "I've got a temperature and feel shivery | FEVER_UNWELL",
            "I've lost a stone without trying | WEIGHT_LOSS",
            "there's a lump on my spine | LUMP_SHAPE",
            "it's worse at night and wakes me up | REST_NIGHT",
            "the pain shoots down my leg below the knee | ONE_LEG",
            "my left foot is tingling | ONE_LEG",
            "I had breast cancer a few years ago | HISTORY",
            "I've been on steroids for years | HISTORY",
            "I'm 62 and it's the first time I've had back pain | AGE_50",
            "it's been weeks and it's not getting better | NOT_IMPROVING",
            "I can't go to work because of it | DAILY_LIFE",
            "it keeps getting worse every day | WORSENING",
            "I'm really worried and can't cope | NOT_COPING",
    })
    void findsEachGroup(String text, RedFlag expected) {
        assertThat(US.assess(text).flag()).as(text).contains(expected);
    }

    @ParameterizedTest(name = "{0} → no flag")
    @CsvSource(delimiter = '|', value = {
            "no numbness or anything",
            "I haven't fallen or anything, it just aches",
            "I don't think it's weak",
            "no fever, no tingling, nothing like that",
            "my bum is sore from sitting",
            "I fell asleep on the sofa",
            "I don't have any trouble peeing",
            "is a slipped disc a cause",
            "should I use heat or ice",
            "no numbness, my bladder's fine, my legs are fine",
            "I've never had cancer or anything, would a chiropractor help",
            "I fell asleep on the floor doing the stretches",
            "I need to catch my breath after climbing the stairs",
            "bring your knee up to your chest",
    })
    void negatedOrHarmlessIsNoFlag(String text) {
        assertThat(US.assess(text).flag()).as(text).isEmpty();
    }

    /** Alexa drops the carrier; the intent's own meaning is put back before the words are read. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "NotIntent | had a wee since yesterday morning and I don't feel I need to go | BLADDER_BOWEL",
            "CannotIntent | lift the front of my foot off the floor | LEG_WEAKNESS",
            "DenyIntent | weakness but my chest feels tight | CHEST_BREATH",
    })
    void theCarrierMeaningIsPutBack(String intent, String words, RedFlag expected) {
        assertThat(US.understand(intent, words).flag()).as(intent + " " + words).contains(expected);
    }

    @Test
    void aDenialWithNothingElseIsANoAndANegatedDenialIsNotAFlag() {
        assertThat(US.understand("DenyIntent", "").intent()).contains("AMAZON.NoIntent");
        assertThat(US.understand("DenyIntent", "numbness or tingling").flag()).isEmpty();
        assertThat(US.understand("NotIntent", "had any fever").flag()).isEmpty();
    }

    @Test
    void aCommandCountsInARoutineEvenWhenATopicWordIsThere() {
        Assessment skip = US.assess("skip this stretch please");
        assertThat(skip.act()).contains("SkipIntent");
        assertThat(skip.topic()).as("'stretch' still names a topic, for when no routine runs").isPresent();
        Assessment start = US.assess("give me a two minute stretch");
        assertThat(start.intent()).as("a command that clearly outweighs the topic wins outside a routine too")
                .contains("StartRoutineIntent");
        assertThat(start.minutes()).contains(2);
    }

    @Test
    void accentsAndCapitalsDoNotHideAFlag() {
        // the vocabulary says "numb" and "bum"; a recogniser or a keyboard may add accents or capitals
        assertThat(US.assess("My BÚM is númb").flag()).contains(RedFlag.SADDLE);
    }

    @Test
    void uncertaintyKeepsTheFlag() {
        assertThat(US.assess("I'm not sure but I think my bum is numb").flag()).contains(RedFlag.SADDLE);
    }

    @Test
    void aBareSensationAsksWhere() {
        Assessment a = US.assess("I've got some tingling");
        assertThat(a.flag()).isEmpty();
        assertThat(a.clarify()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "should I use heat or ice | HEAT_COLD",
            "can I take ibuprofen | MEDICATION",
            "does a chiropractor help | CHIROPRACTIC",
            "what causes back spasms | CAUSES",
            "when should I see a doctor | SEE_DOCTOR",
            "how do I stop it coming back | PREVENTION",
            "my back is killing me | SELF_CARE",
    })
    void findsTheTopic(String text, Topic expected) {
        assertThat(US.assess(text).topic()).as(text).contains(expected);
    }

    @ParameterizedTest(name = "{0} → nothing")
    @CsvSource(delimiter = '|', value = {"heat up the oven", "what's the weather like", "play some music"})
    void outOfDomainHasNoTopic(String text) {
        Assessment a = US.assess(text);
        assertThat(a.topic()).as(text).isEmpty();
        assertThat(a.flag()).isEmpty();
    }

    /** Readings reuse per-thread tables: texts read at once on several threads, in turn, keep their answers. */
    @Test
    void manyThreadsReadingInTurnKeepTheirAnswers() throws Exception {
        String flagged = "I can't feel my bum when I wipe";
        String negated = "no numbness or anything";
        String fell = "I slipped on the stairs this morning";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!US.assess(flagged).flag().equals(java.util.Optional.of(RedFlag.SADDLE))
                                || US.assess(negated).flag().isPresent()
                                || !US.assess(fell).flag().equals(java.util.Optional.of(RedFlag.FALL_INJURY))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
