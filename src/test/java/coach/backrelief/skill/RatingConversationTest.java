package coach.backrelief.skill;

import coach.backrelief.progress.BackRating;
import coach.backrelief.progress.FileProgressStore;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.UserProgress;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "From zero to ten, how bad is your back right now?": asked once a day before a returning user's
 * routine, eight or more sent to the safe advice and the bed routine, asked again after the routine,
 * stored, and spoken back as the week's trend.
 */
class RatingConversationTest {
    /** Monday 30 November 2026, 09:00 UTC (the tests' zone). */
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate MONDAY_DATE = LocalDate.of(2026, 11, 30);
    private static final String ASK = "Quick check first: from zero to ten, how bad is your back right now?";
    private static final String ASK_REPROMPT = "Just say a number from zero to ten. Or say skip, and we'll start.";
    private static final String AGAIN = "From zero to ten, how bad is your back right now? Or say skip.";
    private final Path dir = SkillDriver.temporaryProgressDir();

    private SkillDriver at(Instant now) {
        return new SkillDriver(SkillDriver.config(5, now, dir));
    }

    private void seed(UnaryOperator<UserProgress> change) {
        new ProgressService(new FileProgressStore(dir)).update(Requests.USER_ID, change);
    }

    private UserProgress stored() {
        return new FileProgressStore(dir).load(Requests.USER_ID).orElseThrow().progress();
    }

    /** A user who finished the quick routine yesterday (Sunday). */
    private void returningUser() {
        seed(p -> p.recordCompletion(MONDAY_DATE.minusDays(1), "QUICK", 200));
    }

    /** "Start my stretches", then "no" to the safety question: the rating question, when it is asked. */
    private static Heard startAndPassTheScreen(SkillDriver alexa) {
        Heard screen = alexa.say(intent("StartRoutineIntent"));
        assertThat(screen.speech()).contains("one safety question");
        return alexa.say(intent("AMAZON.NoIntent"));
    }

    private static Requests rating(String number) {
        return intent("RatingIntent").slot("rating", number, null);
    }

    @Test
    void aReturningUserIsAskedOnceADayAndANumberStartsTheRoutine() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        Heard asked = startAndPassTheScreen(alexa);
        assertThat(asked.speech()).isEqualTo(ASK);
        assertThat(asked.reprompt()).isEqualTo(ASK_REPROMPT);
        assertThat(asked.ended()).isFalse();
        assertThat(asked.directives("Alexa.Presentation.APLA.RenderDocument")).as("no stretch before the answer").isEmpty();
        assertThat(stored().ratingAskedOn()).as("asked today, even before it is answered").isEqualTo(MONDAY_DATE);

        Heard started = alexa.say(rating("6"));
        assertThat(started.speech()).startsWith("6 out of ten. Thanks. Let's do the quick routine: 3 stretches");
        assertThat(stored().backRatings()).containsExactly(new BackRating(MONDAY_DATE, 6, null));

        // an hour later the same day: the safety answer is trusted, the rating is not asked again
        SkillDriver later = at(MONDAY.plusSeconds(3600));
        assertThat(later.say(intent("StartRoutineIntent")).speech()).startsWith("Let's do the quick routine");
        // the next day it is
        SkillDriver tomorrow = at(MONDAY.plusSeconds(24 * 3600));
        assertThat(startAndPassTheScreen(tomorrow).speech()).isEqualTo(ASK);
    }

    @Test
    void aNewUserHearsOnlyTheSafetyQuestionBeforeTheFirstRoutine() {
        Heard first = startAndPassTheScreen(at(MONDAY));
        assertThat(first.speech()).doesNotContain("zero to ten").contains("Let's do the quick routine");
    }

    @Test
    void afterTheRoutineTheSecondRatingIsAskedComparedAndStored() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        alexa.say(rating("6"));
        alexa.say(intent("AMAZON.NextIntent"));
        alexa.say(intent("AMAZON.NextIntent"));
        Heard done = alexa.say(intent("AMAZON.NextIntent"));
        assertThat(done.speech()).startsWith("Well done. That's the quick routine finished")
                .contains("That's 2 days in a row.")
                .endsWith("Before you go: from zero to ten, how's your back now?");
        assertThat(done.ended()).isFalse();
        assertThat(done.reprompt()).isEqualTo("From zero to ten, how's your back now? Or say skip.");

        Heard after = alexa.say(rating("4"));
        assertThat(after.speech()).startsWith("That's down from 6 to 4. Nice work.");
        assertThat(after.ended()).isTrue();
        assertThat(stored().backRatings()).containsExactly(new BackRating(MONDAY_DATE, 6, 4));
        assertThat(stored().history()).hasSize(2);
    }

    @Test
    void worseAfterTheRoutineSaysStopAndCheck() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        alexa.say(rating("3"));
        for (int i = 0; i < 3; i++) {
            alexa.say(intent("AMAZON.NextIntent"));
        }
        Heard after = alexa.say(rating("5"));
        assertThat(after.speech()).isEqualTo("That's up from 3 to 5. If stretching makes it worse, stop, and check "
                + "with your doctor or a physical therapist before you try again. " + goodbyeIn(after));
    }

    /** The goodbye is one of three, chosen at random: the one said. */
    private static String goodbyeIn(Heard heard) {
        for (String bye : List.of("Take it easy, and look after your back.", "Goodbye. Go gently.",
                "Be kind to your back today. Goodbye.")) {
            if (heard.speech().endsWith(bye)) {
                return bye;
            }
        }
        throw new AssertionError("no goodbye in: " + heard.speech());
    }

    @Test
    void eightOrMoreGetsTheSafeAdviceAndTheBedRoutineLyingDown() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard severe = alexa.say(rating("9"));
        assertThat(severe.speech()).isEqualTo("9 out of ten is a lot of pain. Ease into whatever position feels best, "
                + "and breathe slowly; a wrapped heat pack can calm the spasm. If it won't ease when you rest, contact "
                + "your doctor or an urgent care clinic today. If your legs go numb or weak, call 911. When you're "
                + "ready, the bed routine is the gentlest one: you do it lying down. Would you like it?");
        assertThat(severe.directives("Alexa.Presentation.APLA.RenderDocument")).isEmpty();
        assertThat(severe.ended()).isFalse();
        assertThat(stored().backRatings()).containsExactly(new BackRating(MONDAY_DATE, 9, null));

        Heard bed = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(bed.speech()).startsWith("Let's do the bed routine");
    }

    @Test
    void theWorstEverInWordsIsTheTopOfTheScaleAndGentleNamesTheOtherRoutine() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard worst = alexa.say(intent("RatingIntent").slot("level", "worst ever", "WORST"));
        assertThat(worst.speech()).startsWith("10 out of ten is a lot of pain.");
        assertThat(worst.reprompt()).isEqualTo("Would you like the bed routine? You do it lying down. "
                + "Or say gentle for the gentle routine.");
        Heard gentle = alexa.say(intent("StartRoutineIntent").slot("routine", "gentle", "GENTLE"));
        assertThat(gentle.speech()).startsWith("Let's do the gentle routine");
    }

    @Test
    void ownWordsWhileTheQuestionWaitsAreReadForTheRatingTheHigherOfTwo() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard heard = alexa.say(intent("DescribeSymptomIntent").slot("description", "um maybe a seven or eight", null));
        assertThat(heard.speech()).startsWith("8 out of ten is a lot of pain.");
    }

    @Test
    void skipNoAndIDontKnowStartTheRoutineWithoutARating() {
        for (Requests decline : List.of(intent("SkipIntent"), intent("AMAZON.NoIntent"), intent("MaybeIntent"),
                intent("DenyIntent").slot("answer", "no I'd rather not", null))) {
            java.nio.file.Path own = SkillDriver.temporaryProgressDir();
            new ProgressService(new FileProgressStore(own)).update(Requests.USER_ID,
                    p -> p.recordCompletion(MONDAY_DATE.minusDays(1), "QUICK", 200));
            SkillDriver alexa = new SkillDriver(SkillDriver.config(5, MONDAY, own));
            assertThat(startAndPassTheScreen(alexa).speech()).isEqualTo(ASK);
            Heard started = alexa.say(decline);
            assertThat(started.speech()).as(decline.toString()).startsWith("Let's do the quick routine");
            UserProgress progress = new FileProgressStore(own).load(Requests.USER_ID).orElseThrow().progress();
            assertThat(progress.backRatings()).isEmpty();
            assertThat(progress.ratingAskedOn()).isEqualTo(MONDAY_DATE);
        }
    }

    @Test
    void silenceEndsTheSessionAndTheQuestionIsNotAskedAgainThatDay() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        Heard asked = startAndPassTheScreen(alexa);
        assertThat(asked.reprompt()).as("what Alexa says after a silence").contains("Or say skip, and we'll start.");
        alexa.send(Requests.sessionEnded().attributes(alexa.attributes()));
        Heard again = at(MONDAY.plusSeconds(600)).say(intent("StartRoutineIntent"));
        assertThat(again.speech()).startsWith("Let's do the quick routine");
    }

    @Test
    void thePendingRatingSurvivesWhatAMisunderstandingAndYes() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard misheard = alexa.say(intent("AMAZON.FallbackIntent"));
        assertThat(misheard.speech()).isEqualTo("Sorry, I didn't catch that. " + AGAIN);
        assertThat(misheard.reprompt()).isEqualTo(ASK_REPROMPT);
        Heard what = alexa.say(intent("AMAZON.RepeatIntent"));
        assertThat(what.speech()).isEqualTo(ASK);
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).as("yes is not a number").isEqualTo(AGAIN);
        Heard started = alexa.say(rating("2"));
        assertThat(started.speech()).startsWith("2 out of ten. Thanks. Let's do the quick routine");
    }

    @Test
    void aRedFlagWhileTheRatingWaitsIsAnEmergencyNotARating() {
        returningUser();
        SkillConfig config = SkillDriver.config(5, MONDAY, dir);
        SkillDriver alexa = new SkillDriver(config);
        startAndPassTheScreen(alexa);
        Heard heard = alexa.say(intent("DescribeSymptomIntent")
                .slot("description", "it's a nine and I can't feel my bum properly", null));
        assertThat(heard.speech()).contains("911").doesNotContain("out of ten");
        assertThat(heard.ended()).isTrue();
        // the emergency answer never waits for storage: its write comes after it
        assertThat(config.progress().awaitLater(java.time.Duration.ofSeconds(5))).isTrue();
        assertThat(stored().backRatings()).isEmpty();
    }

    @Test
    void aNumberIsNotAnAnswerToTheSafetyQuestion() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        alexa.say(intent("StartRoutineIntent"));
        Heard heard = alexa.say(rating("5"));
        assertThat(heard.speech()).contains("one safety question");
        assertThat(alexa.say(intent("AMAZON.NoIntent")).speech()).isEqualTo(ASK);
    }

    @Test
    void aRatingSaidOnItsOwnIsNotedAndTheRoutineThenSkipsTheQuestion() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        Heard noted = alexa.say(intent("RatingIntent").slot("rating", "3", null));
        assertThat(noted.speech()).isEqualTo("Thanks, I've noted 3 out of ten for today. "
                + "Would you like me to walk you through some stretches?");
        assertThat(stored().backRatings()).containsExactly(new BackRating(MONDAY_DATE, 3, null));
        alexa.say(intent("AMAZON.YesIntent"));
        Heard started = alexa.say(intent("AMAZON.NoIntent"));
        assertThat(started.speech()).startsWith("Let's do the");
    }

    @Test
    void eightOrMoreSaidMidRoutineStopsTheStretch() {
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard stopped = alexa.say(rating("8"));
        assertThat(stopped.speech()).startsWith("Stop the stretch now, and ease out of it slowly.");
        Heard low = at(MONDAY).say(rating("2"));
        assertThat(low.speech()).startsWith("Thanks, I've noted 2 out of ten");
    }

    @Test
    void aLowRatingMidRoutineIsAcknowledgedAndTheRoutineWaits() {
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard low = alexa.say(rating("3"));
        assertThat(low.speech()).startsWith("3 out of ten. Go gently, and stop if anything hurts.").endsWith(low.reprompt());
        assertThat(List.of("Say next when you're ready.", "Next when you're ready.", "When you're ready, say next."))
                .as("the routine waits for next").contains(low.reprompt());
        assertThat(alexa.say(intent("AMAZON.NextIntent")).speech()).contains("pelvic tilts");
    }

    @Test
    void theWeekTrendFromFirstToLatestWithWhatARoutineDid() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        seed(p -> p.withRatingBefore(LocalDate.of(2026, 11, 20), 9)
                .withRatingBefore(MONDAY_DATE, 7).withRatingAfter(MONDAY_DATE, 5)
                .withRatingBefore(LocalDate.of(2026, 12, 2), 6).withRatingAfter(LocalDate.of(2026, 12, 2), 5)
                .withRatingBefore(friday, 4).withRatingAfter(friday, 2));
        Heard trend = at(Instant.parse("2026-12-04T18:00:00Z")).say(intent("RatingTrendIntent"));
        // the 20th is outside the last seven days; Monday 7 to today 4 is 3 better; drops 2, 1, 2 average 1.67
        assertThat(trend.speech()).isEqualTo("This week you rated your back on 3 days, from 7 on Monday to 4 today. "
                + "That's 3 points better. On average, a routine took it down by 2 points. Want to do some stretches now?");
        assertThat(trend.ended()).isFalse();
    }

    @Test
    void theTrendWithOneRatingOrNone() {
        Heard none = at(MONDAY).say(intent("RatingTrendIntent"));
        assertThat(none.speech()).startsWith("You haven't rated your back this week.");
        seed(p -> p.withRatingBefore(MONDAY_DATE.minusDays(1), 5));
        Heard one = at(MONDAY).say(intent("RatingTrendIntent"));
        assertThat(one.speech()).startsWith("This week you rated your back once: 5 out of ten, yesterday.");
    }

    @Test
    void noPainAtAllSaidAsADenialIsZero() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        // "no pain at all" reaches the skill as DenyIntent with the words after "no"
        Heard heard = alexa.say(intent("DenyIntent").slot("answer", "pain at all", null));
        assertThat(heard.speech()).startsWith("0 out of ten. Thanks. Let's do the quick routine");
        assertThat(stored().backRatings()).containsExactly(new BackRating(MONDAY_DATE, 0, null));
    }

    @Test
    void aSignForAnAppointmentDoesNotSwallowTheRatingAskedFor() {
        returningUser();
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard heard = alexa.say(intent("DescribeSymptomIntent")
                .slot("description", "it's about a seven and it's not getting any better", null));
        assertThat(heard.speech()).startsWith("7 out of ten. Thanks.");
        // without the question, the same words are the triage's: book an appointment
        Heard unasked = at(MONDAY).say(intent("DescribeSymptomIntent")
                .slot("description", "it's about a seven and it's not getting any better", null));
        assertThat(unasked.speech()).startsWith("That's worth getting checked.");
    }

    @Test
    void theTrendAskedInOwnWords() {
        seed(p -> p.withRatingBefore(MONDAY_DATE, 6));
        Heard trend = at(MONDAY).say(intent("QuestionIntent")
                .slot("question", "what have my pain scores been this week", null));
        assertThat(trend.speech()).startsWith("This week you rated your back once: 6 out of ten, today.");
    }

    @Test
    void theWorstEverSaidMidRoutineStopsTheStretch() {
        SkillDriver alexa = at(MONDAY);
        startAndPassTheScreen(alexa);
        Heard stopped = alexa.say(intent("RatingIntent").slot("level", "the worst ever", "WORST"));
        assertThat(stopped.speech()).startsWith("Stop the stretch now, and ease out of it slowly.");
        // the quick routine again (knee to chest left out), and the same in the user's own words
        assertThat(alexa.say(intent("StartRoutineIntent")).speech()).startsWith("I've left out knee to chest");
        Heard said = alexa.say(intent("DescribeSymptomIntent").slot("description", "it's the worst it's ever been", null));
        assertThat(said.speech()).startsWith("Stop the stretch now, and ease out of it slowly.");
    }
}
