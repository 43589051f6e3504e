package coach.backrelief.skill;

import coach.backrelief.content.ContentRepository;
import coach.backrelief.routine.Plan;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Prompt;
import coach.backrelief.speech.Pace;
import coach.backrelief.speech.RoutinePlan;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/** Guided routines through the real stream handler, turn by turn. */
class RoutineConversationTest {
    private static final Instant T0 = SkillDriver.NOW;
    private final SkillDriver alexa = new SkillDriver();

    /** Starts the routine and answers the safety question "no". */
    private Heard startRoutine(Requests start) {
        Heard screen = alexa.say(start);
        assertThat(screen.speech()).contains("one safety question", "groin", "bladder", "weakness in your legs");
        assertThat(screen.ended()).isFalse();
        return alexa.say(intent("AMAZON.NoIntent"));
    }

    /** "How do I get down on the floor?": after it, a first floor routine does not say it again. */
    private void heardTheFloorGuide() {
        assertThat(alexa.say(intent("FloorHelpIntent")).speech()).contains("To get down safely");
    }

    private static Requests next() {
        return intent("AMAZON.NextIntent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quick  | QUICK  | Knee to chest, Pelvic tilts, Cat cow",
        "full   | FULL   | Knee to chest, Pelvic tilts, Bridge, Lower trunk rotation, Cat cow, Child's pose",
        "gentle | GENTLE | Knee to chest, Pelvic tilts",
        "chair  | CHAIR  | Seated pelvic tilts, Seated cat cow, Seated knee lifts, Seated rotation",
        "bed    | BED    | Knee rocking, Knee to chest in bed, Pelvic tilts in bed",
    })
    void everyRoutineCanBeWalkedFromStartToFinish(String spoken, String id, String stretches) {
        List<String> names = List.of(stretches.split(",\\s*"));
        Heard first = startRoutine(intent("StartRoutineIntent").slot("routine", spoken, id));
        assertThat(first.speech()).startsWith("Let's do the " + spoken + " routine: " + names.size() + " stretches")
                .contains("First, " + names.get(0).toLowerCase());
        Heard heard = first;
        for (int i = 1; i < names.size(); i++) {
            assertThat(heard.ended()).isFalse();
            assertThat(heard.reprompt()).contains("next");
            heard = alexa.say(next());
            String expected = (i == names.size() - 1 ? "Last one, " : "Next, ") + names.get(i).toLowerCase();
            assertThat(heard.speech()).startsWith(expected).containsPattern("And (release|relax|rest)");
        }
        assertThat(heard.speech()).contains("That was the last stretch. Say done to finish");
        Heard done = alexa.say(intent("AMAZON.NextIntent"));
        assertThat(done.speech()).startsWith("Well done. That's the " + spoken + " routine finished, about")
                .contains("minutes of stretching");
        assertThat(done.ended()).isTrue();
    }

    /** messages.json: routine.stepPrompt after the first stretch, then routine.stepPromptShort in turn. */
    @Test
    void theBetweenStretchPromptShortensAfterTheFirstAndVaries() {
        Heard heard = startRoutine(intent("StartRoutineIntent").slot("routine", "full", "FULL"));
        assertThat(heard.speech()).endsWith("Say next when you're ready, or repeat to do it again.");
        List<String> later = List.of("Say next when you're ready.", "Next when you're ready.", "When you're ready, say next.",
                "Say next when you're ready.");
        for (String prompt : later) {
            heard = alexa.say(next());
            assertThat(heard.speech()).endsWith(prompt).doesNotContain("repeat to do it again");
            assertThat(heard.reprompt()).contains("next");
        }
        assertThat(alexa.say(next()).speech()).endsWith("That was the last stretch. Say done to finish, or repeat to do it again.");
    }

    @Test
    void aStretchSaysPositionHoldTheCuesReleaseAndTheOtherSide() {
        Heard heard = startRoutine(intent("StartRoutineIntent"));
        assertThat(heard.speech()).containsSubsequence("Lie on your back", "right knee", "Take a moment to get comfortable.",
                "Hold for 30 seconds",
                "20 seconds left", "10 more", "5.", "4.", "3.", "2.", "1.", "And release", "Switch sides", "left knee",
                "Hold for 30 seconds", "And release", "Say next");
        assertThat(heard.directives("Alexa.Presentation.APLA.RenderDocument")).hasSize(1);
        assertThat(heard.cardTitle()).isEqualTo("Stretch 1 of 3: Knee to chest");
    }

    @Test
    void fullInstructionsTheFirstTimeShortCuesAfterThat() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.StartOverIntent"));
        Heard again = alexa.say(intent("AMAZON.StartOverIntent"));
        assertThat(again.speech()).startsWith("Starting again from the top. Knee to chest again.")
                .doesNotContain("Lie on your back").contains("Hold for 30 seconds");
    }

    @Test
    void theSafetyQuestionAnsweredYesGoesToTheEmergencyAnswer() {
        alexa.say(intent("StartRoutineIntent"));
        Heard yes = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(yes.speech()).contains("call 911 now").doesNotContain("Hold for");
        assertThat(yes.ended()).isTrue();
    }

    @Test
    void theSafetyQuestionIsAskedOncePerSessionAndTrustedForTwoHours() {
        java.nio.file.Path dir = SkillDriver.temporaryProgressDir();
        SkillDriver morning = new SkillDriver(SkillDriver.config(3, T0, dir));
        morning.say(intent("StartRoutineIntent"));
        morning.say(intent("AMAZON.NoIntent"));
        morning.say(intent("AMAZON.HelpIntent"));
        assertThat(morning.say(intent("StartRoutineIntent").slot("routine", "gentle", "GENTLE")).speech())
                .startsWith("Let's do the gentle routine");
        morning.say(intent("AMAZON.StopIntent"));
        SkillDriver hourLater = new SkillDriver(SkillDriver.config(3, T0.plusSeconds(3600), dir));
        assertThat(hourLater.say(intent("StartRoutineIntent")).speech()).startsWith("Let's do the");
        SkillDriver evening = new SkillDriver(SkillDriver.config(3, T0.plusSeconds(3 * 3600), dir));
        assertThat(evening.say(intent("StartRoutineIntent")).speech()).contains("one safety question");
    }

    @Test
    void redFlagMidRoutineGoesToTheEmergencyAnswer() {
        startRoutine(intent("StartRoutineIntent"));
        Heard heard = alexa.say(intent("SymptomReportIntent").slot("symptom", "numb groin", "SADDLE_NUMBNESS"));
        assertThat(heard.speech()).contains("call 911 now");
        assertThat(heard.ended()).isTrue();
    }

    @Test
    void pauseThenResumeRestartsTheStretchThatWasInterrupted() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(next().at(T0.plusSeconds(100)));                          // pelvic tilts start at T0+100
        Heard paused = alexa.say(intent("AMAZON.PauseIntent").at(T0.plusSeconds(110)));
        assertThat(paused.speech()).isEqualTo("Paused. Say resume when you're ready.");
        assertThat(paused.reprompt()).as("after silence the session ends: the reprompt says how to come back")
                .isEqualTo("Say resume to carry on. Or come back later: say, Alexa, ask back relief coach to resume.");
        assertThat(paused.ended()).isFalse();
        Heard resumed = alexa.say(intent("AMAZON.ResumeIntent").at(T0.plusSeconds(400)));
        assertThat(resumed.speech()).startsWith("Okay, picking up with pelvic tilts.").contains("10 slow tilts");
    }

    @Test
    void pauseAfterTheStretchFinishedResumesWithTheNextOne() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(intent("AMAZON.PauseIntent").at(T0.plusSeconds(600)));
        Heard resumed = alexa.say(intent("AMAZON.ResumeIntent").at(T0.plusSeconds(700)));
        assertThat(resumed.speech()).startsWith("Okay, picking up with pelvic tilts.");
    }

    @Test
    void pausedDuringTheSecondSideResumesOnThatSide() {
        heardTheFloorGuide(); // so that the lead-in is the routine's own
        startRoutine(intent("StartRoutineIntent"));
        long secondSide = chunk("QUICK", Position.START, false, 0).get(1).startMillis()
                + leadIn("QUICK", Prompt.Lead.START, Position.START, true);
        alexa.say(intent("AMAZON.PauseIntent").at(T0.plusMillis(secondSide + 5_000)));
        Heard resumed = alexa.say(intent("AMAZON.ResumeIntent").at(T0.plusSeconds(700)));
        assertThat(resumed.speech()).startsWith("Okay, picking up with knee to chest. Switch sides. Now bring your left knee")
                .doesNotContain("right knee");
    }

    @Test
    void repeatAfterPauseReplaysThePausedStretch() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(next().at(T0.plusSeconds(100)));
        alexa.say(intent("AMAZON.PauseIntent").at(T0.plusSeconds(105)));
        Heard again = alexa.say(intent("AMAZON.RepeatIntent").at(T0.plusSeconds(200)));
        assertThat(again.speech()).startsWith("Once more: pelvic tilts.").contains("10 slow tilts");
    }

    @Test
    void previousAtTheFirstStretchSaysSoAndKeepsThePlace() {
        startRoutine(intent("StartRoutineIntent"));
        Heard heard = alexa.say(intent("AMAZON.PreviousIntent"));
        assertThat(heard.speech()).contains("This is the first stretch").contains("Say next");
        assertThat(heard.ended()).isFalse();
        assertThat(alexa.say(next()).speech()).startsWith("Next, pelvic tilts");
    }

    @Test
    void previousGoesBackOneStretch() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(next());
        assertThat(alexa.say(intent("AMAZON.PreviousIntent")).speech()).startsWith("Going back to knee to chest.");
    }

    @Test
    void skipMovesOnWithoutDoingTheStretch() {
        startRoutine(intent("StartRoutineIntent"));
        Heard heard = alexa.say(intent("SkipIntent"));
        assertThat(heard.speech()).startsWith("Okay, skipping that one. Next, pelvic tilts");
    }

    @Test
    void startOverGoesBackToTheFirstStretch() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(next());
        assertThat(alexa.say(intent("AMAZON.StartOverIntent")).speech()).startsWith("Starting again from the top. Knee to chest again.");
    }

    @Test
    void howMuchLongerGivesTheRightNumbers() {
        startRoutine(intent("StartRoutineIntent").slot("routine", "full", "FULL"));
        alexa.say(next());
        Heard heard = alexa.say(intent("RoutineStatusIntent"));
        assertThat(heard.speech()).startsWith("You're on stretch 2 of 6. After this one, 4 more, about");
        long left = plan("FULL").remainingMillis(2, 0b0);
        assertThat(heard.speech()).contains("about " + Math.round(left / 60_000.0) + " minutes");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void howDoIDoThisOneDescribesTheCurrentStretchWithTheEasierVersion() {
        startRoutine(intent("StartRoutineIntent"));
        Heard heard = alexa.say(intent("DescribeStretchIntent"));
        assertThat(heard.speech()).startsWith("Knee to chest.").contains("For an easier version").endsWith("next to move on.");
        assertThat(alexa.say(next()).speech()).startsWith("Next, pelvic tilts");
    }

    @Test
    void itHurtsStopsAtOnceAndOffersTheGentleRoutine() {
        startRoutine(intent("StartRoutineIntent"));
        Heard heard = alexa.say(intent("ItHurtsIntent"));
        assertThat(heard.speech()).startsWith("Stop the stretch now").contains("doctor or physical therapist")
                .endsWith("Would you like to try the gentle routine instead?");
        assertThat(heard.directives("Alexa.Presentation.APLA.RenderDocument")).isEmpty();
        Heard gentle = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(gentle.speech()).as("knee to chest hurt: the gentle routine leaves it out and says so")
                .startsWith("I've left out knee to chest this time, since it hurt. Let's do the gentle routine: one stretch")
                .contains("First, pelvic tilts", "For an easier version")
                .doesNotContain("Lie on your back and bring one knee");
        assertThat(gentle.cardTitle()).isEqualTo("Stretch 1 of 1: Pelvic tilts");
        Heard hurtsAgain = alexa.say(intent("ItHurtsIntent"));
        assertThat(hurtsAgain.speech()).endsWith("Want to hear when to see a doctor?");
        assertThat(alexa.say(intent("AMAZON.NextIntent")).speech()).contains("not in a routine");
        Heard quickAgain = alexa.say(intent("StartRoutineIntent").slot("routine", "quick", "QUICK"));
        assertThat(quickAgain.speech()).as("both stretches that hurt stay out for the rest of the session")
                .startsWith("I've left out knee to chest this time, since it hurt. I've left out pelvic tilts this time, "
                        + "since it hurt. Let's do the quick routine: one stretch")
                .contains("cat cow");
    }

    @Test
    void theStretchThatHurtIsTheOnePlayingWhenItHurtNotTheFirstOfTheResponse() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(next().at(T0.plusSeconds(100)));
        // pelvic tilts (the second stretch) was playing; it hurts 10 seconds into its audio
        Heard hurts = alexa.say(intent("ItHurtsIntent").at(T0.plusSeconds(110)));
        assertThat(hurts.speech()).startsWith("Stop the stretch now");
        Heard gentle = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(gentle.speech()).as("pelvic tilts is left out of the gentle routine, knee to chest (the first) is not")
                .startsWith("I've left out pelvic tilts this time, since it hurt. Let's do the gentle routine: one stretch")
                .contains("Knee to chest again.");
        alexa.say(intent("AMAZON.StopIntent"));
    }

    @Test
    void whenEveryStretchOfTheGentleRoutineHasHurtNoRoutineIsOffered() {
        startRoutine(intent("StartRoutineIntent").slot("routine", "gentle", "GENTLE"));
        Heard first = alexa.say(intent("ItHurtsIntent"));
        assertThat(first.speech()).endsWith("Want to hear when to see a doctor?");
        Heard again = alexa.say(intent("StartRoutineIntent").slot("routine", "gentle", "GENTLE"));
        assertThat(again.speech()).as("knee to chest left out: pelvic tilts only")
                .startsWith("I've left out knee to chest this time, since it hurt. Let's do the gentle routine: one stretch");
        Heard second = alexa.say(intent("ItHurtsIntent"));
        assertThat(second.speech()).endsWith("Want to hear when to see a doctor?");
        Heard none = alexa.say(intent("StartRoutineIntent").slot("routine", "gentle", "GENTLE"));
        assertThat(none.speech()).startsWith("Every stretch in that routine has hurt today")
                .endsWith("Want to hear when to see a doctor?");
        assertThat(none.ended()).isFalse();
        assertThat(alexa.say(intent("AMAZON.YesIntent")).speech()).containsIgnoringCase("doctor");
    }

    @Test
    void stopEndsPolitelyAndSaysHowFarTheyGot() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.say(next().at(T0.plusSeconds(100)));
        Heard stop = alexa.say(intent("AMAZON.StopIntent").at(T0.plusSeconds(300)));
        assertThat(stop.speech()).startsWith("Okay, stopping there. You did 2 of 3 stretches. Well done. "
                + "To pick up there later, say: Alexa, ask back relief coach to resume.");
        assertThat(stop.ended()).isTrue();
    }

    @Test
    void helpAndFallbackInARoutineKeepThePlace() {
        startRoutine(intent("StartRoutineIntent"));
        Heard help = alexa.say(intent("AMAZON.HelpIntent"));
        assertThat(help.speech()).contains("You're in the quick routine, on Knee to chest").contains("pause").endsWith("?");
        Heard fallback = alexa.say(intent("AMAZON.FallbackIntent"));
        assertThat(fallback.speech()).contains("In the routine you can say next");
        assertThat(fallback.ended()).isFalse();
        assertThat(alexa.say(next()).speech()).startsWith("Next, pelvic tilts");
    }

    @Test
    void aQuestionMidRoutineIsAnsweredAndTheRoutineWaits() {
        startRoutine(intent("StartRoutineIntent"));
        assertThat(alexa.say(intent("HeatColdIntent")).speech()).contains("ice pack");
        assertThat(alexa.say(next()).speech()).startsWith("Next, pelvic tilts");
    }

    @Test
    void navigationWithoutARoutineExplainsAndAsks() {
        Heard heard = alexa.say(next());
        assertThat(heard.speech()).contains("You're not in a routine right now").contains("start my stretches");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void tamperedRoutineStateIsTreatedAsNoRoutineWithAnExplanation() {
        startRoutine(intent("StartRoutineIntent"));
        alexa.attributes(Map.of(StateCodec.KEY, Map.of("v", 1, "r", "QUICK|9|0|P|s|0|0", "s", 1)));
        Heard heard = alexa.say(next());
        assertThat(heard.speech()).startsWith("Sorry, I lost track of where we were in your routine.");
        assertThat(heard.ended()).isFalse();
        alexa.attributes(Map.of(StateCodec.KEY, Map.of("v", 1, "r", "NOPE|x|0|P|s|0|0")));
        assertThat(alexa.say(next()).speech()).startsWith("Sorry, I lost track");
        alexa.attributes(Map.of(StateCodec.KEY, Map.of("v", 99)));
        assertThat(alexa.say(intent("AMAZON.PauseIntent")).speech()).startsWith("Sorry, I lost track");
    }

    @Test
    void routinesAreListedAndChosenByTime() {
        Heard list = alexa.say(intent("ListRoutinesIntent"));
        // routines.json: the floor routines first, then the chair and the bed
        assertThat(list.speech()).startsWith("I have 5 routines.").containsSubsequence("The full routine", "The gentle routine",
                        "The quick routine", "The chair routine: four stretches sitting in a chair",
                        "The bed routine: three stretches lying in bed")
                .endsWith("Which would you like?");
        assertThat(list.reprompt()).contains("Say quick, full, gentle, chair, or bed.");
        Heard five = startRoutine(intent("StartRoutineIntent").slot("minutes", "5", null));
        assertThat(five.speech()).startsWith("Let's do the quick routine");
        alexa.say(intent("AMAZON.StopIntent"));
        Heard ten = alexa.say(intent("StartRoutineIntent").slot("minutes", "10", null));
        assertThat(ten.speech()).startsWith("Let's do the full routine");
    }

    @Test
    void continuousModePlaysSeveralStretchesPerResponseAndPauseResumesWhereItWas() {
        heardTheFloorGuide(); // so that the lead-in is the routine's own
        Heard first = startRoutine(intent("ContinuousRoutineIntent").slot("routine", "full", "FULL"));
        List<Plan.Played> chunk = chunk("FULL", Position.START, true, 0);
        assertThat(chunk.size()).isGreaterThan(2);
        assertThat(first.speech()).contains("Next, pelvic tilts").contains("Say continue when you're ready for the rest.");
        // pause 3 s into the third item of the first response
        Plan.Played third = chunk.get(2);
        long at = leadIn("FULL", Prompt.Lead.START, Position.START, true) + third.startMillis() + 3_000;
        alexa.say(intent("AMAZON.PauseIntent").at(T0.plusMillis(at)));
        Heard resumed = alexa.say(intent("AMAZON.ResumeIntent").at(T0.plusSeconds(900)));
        String expected = third.position().step() == 1 ? "pelvic tilts" : "bridge";
        assertThat(resumed.speech()).startsWith("Okay, picking up with " + expected);
    }

    @Test
    void continuousModeContinuesAfterTheChunkWithoutSkipping() {
        startRoutine(intent("ContinuousRoutineIntent").slot("routine", "full", "FULL"));
        List<Plan.Played> chunk = chunk("FULL", Position.START, true, 0);
        int nextStep = chunk.get(chunk.size() - 1).position().step() + 1;
        Heard more = alexa.say(intent("AMAZON.NextIntent").at(T0.plusSeconds(260)));
        String name = plan("FULL").script().stretch(nextStep).name().toLowerCase();
        assertThat(more.speech()).contains(name);
    }

    @Test
    void echoShowGetsTheStretchOnScreenAndButtonsSendTheSameEvents() {
        alexa.say(intent("StartRoutineIntent").screen(true));
        Heard heard = alexa.say(intent("AMAZON.NoIntent").screen(true));
        var apl = heard.directives("Alexa.Presentation.APL.RenderDocument");
        assertThat(apl).hasSize(1);
        var data = apl.get(0).path("datasources").path("stretch");
        assertThat(data.path("name").asText()).isEqualTo("Knee to chest");
        assertThat(data.path("progress").asText()).isEqualTo("Stretch 1 of 3");
        assertThat(apl.get(0).path("document").toString()).contains("SendEvent", "\"next\"", "\"pause\"", "SetValue");
        var button = Requests.MAPPER.createObjectNode();
        button.putArray("arguments").add("next");
        Heard pressed = alexa.say(Requests.ofType("Alexa.Presentation.APL.UserEvent").requestFields(button).screen(true));
        assertThat(pressed.speech()).startsWith("Next, pelvic tilts");
    }

    @Test
    void theLargestResponsesStayWithinThePlatformLimits() {
        // SkillDriver checks every response: ≤ 24 KB, speech ≤ 8,000 characters, well-formed SSML, breaks ≤ 10 s
        alexa.say(intent("ContinuousRoutineIntent").slot("routine", "full", "FULL").screen(true));
        Heard first = alexa.say(intent("AMAZON.NoIntent").screen(true));
        assertThat(first.directives("Alexa.Presentation.APL.RenderDocument")).hasSize(1);
        assertThat(first.envelope().toString().length()).isLessThan(24 * 1024);
        SkillDriver ssml = new SkillDriver(SkillDriver.config(1).withAudioMode(coach.backrelief.speech.RoutineReplies.AudioMode.SSML));
        ssml.say(intent("ContinuousRoutineIntent").slot("routine", "full", "FULL").screen(true));
        Heard spoken = ssml.say(intent("AMAZON.NoIntent").screen(true));
        assertThat(spoken.ssml().length()).isLessThanOrEqualTo(8000);
    }

    @Test
    void devicesWithoutAScreenGetNoVisuals() {
        Heard heard = startRoutine(intent("StartRoutineIntent"));
        assertThat(heard.directives("Alexa.Presentation.APL.RenderDocument")).isEmpty();
    }

    @Test
    void ssmlModeSpeaksTheSameRoutineWithChainedBreaks() {
        SkillDriver ssml = new SkillDriver(SkillDriver.config(1).withAudioMode(coach.backrelief.speech.RoutineReplies.AudioMode.SSML));
        ssml.say(intent("StartRoutineIntent"));
        Heard heard = ssml.say(intent("AMAZON.NoIntent"));
        assertThat(heard.directives("Alexa.Presentation.APLA.RenderDocument")).isEmpty();
        assertThat(heard.ssml()).contains("<break time=").contains("<prosody rate=\"90%\">");
        assertThat(heard.speech()).contains("Hold for 30 seconds", "And release");
    }

    private static RoutinePlan plan(String routine) {
        var content = new ContentRepository().forLocale("en-US");
        return new RoutinePlan(content, content.catalog().routine(routine).orElseThrow());
    }

    private static List<Plan.Played> chunk(String routine, Position from, boolean continuous, long seen) {
        return plan(routine).chunk(from, continuous, seen);
    }

    private static long leadIn(String routine, Prompt.Lead lead, Position at, boolean explained) {
        return plan(routine).script().pace().speechMillis(plan(routine).script().leadIn(lead, at, explained));
    }

    /** An offer's "yes" starts what was offered: "gentle stretches" the gentle routine, "them" (pelvic tilts, bridges) the full one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "HeatColdIntent         | Want me to walk you through some gentle stretches? | Let's do the gentle routine: 2 stretches",
        "SelfCareIntent         | Want me to walk you through some gentle stretches? | Let's do the gentle routine: 2 stretches",
        "PhysicalTherapyIntent  | Try them in the full routine?              | Let's do the full routine: 6 stretches",
        "PreventionIntent       | Want me to walk you through some stretches?        | Let's do the quick routine: 3 stretches",
    })
    void anOffersYesStartsWhatWasOffered(String topicIntent, String offer, String start) {
        Heard answer = alexa.say(intent(topicIntent));
        assertThat(answer.speech()).endsWith(offer);
        Heard screen = alexa.say(intent("AMAZON.YesIntent"));
        assertThat(screen.speech()).contains("one safety question");
        assertThat(alexa.say(intent("AMAZON.NoIntent")).speech()).startsWith(start);
    }

    @Test
    void foamRollingIsBesideTheSpineNotOnIt() {
        assertThat(alexa.say(intent("SelfCareIntent")).speech())
                .contains("Foam rolling helps too, on the muscles beside your spine, not on it.")
                .doesNotContain("sore area");
    }

    @Test
    void aRoutineNameAlexaCouldNotResolveIsReadByTheTriageOrAnsweredWithTheList() {
        Heard easy = alexa.say(intent("StartRoutineIntent").unresolvedSlot("routine", "nice and easy"));
        assertThat(easy.speech()).contains("one safety question");
        assertThat(alexa.say(intent("AMAZON.NoIntent")).speech()).startsWith("Let's do the gentle routine");
        alexa.say(intent("AMAZON.StopIntent"));
        Heard unknown = alexa.say(intent("StartRoutineIntent").unresolvedSlot("routine", "purple"));
        assertThat(unknown.speech()).startsWith("I have 5 routines.").endsWith("Which would you like?");
        assertThat(unknown.directives("Alexa.Presentation.APLA.RenderDocument")).isEmpty();
    }
}
