package coach.backrelief.routine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The routine state machine on its own: no SDK, no JSON, a hand-made plan. */
class RoutineEngineTest {
    /** Three steps; step 0 has two sides; every side lasts 10 s; continuous chunks hold two steps. */
    static final Plan PLAN = new Plan() {
        @Override
        public int stepCount() {
            return 3;
        }

        @Override
        public int stretchIndex(int step) {
            return step;
        }

        @Override
        public List<Played> chunk(Position from, boolean continuous, long seen) {
            List<Played> items = new ArrayList<>();
            long t = 0;
            for (int step = from.step(); step < 3 && (items.isEmpty() || continuous && step < from.step() + 2); step++) {
                for (int side = step == from.step() ? from.side() : 0; side < (step == 0 ? 2 : 1); side++) {
                    items.add(new Played(new Position(step, side), t, t + 10_000));
                    t += 10_000;
                }
            }
            return items;
        }

        @Override
        public long remainingMillis(int step, long seen) {
            return (3 - step) * 10_000L + (step == 0 ? 10_000 : 0);
        }
    };

    private static RoutineEngine.Outcome start() {
        return RoutineEngine.start("QUICK", false, PLAN, 1_000, 0);
    }

    private static RoutineEngine.Outcome apply(RoutineEngine.Outcome o, Event e, long now) {
        return RoutineEngine.apply(o.state(), e, PLAN, now);
    }

    @Test
    void startPlaysTheFirstStepWithFullInstructions() {
        var o = start();
        var play = (Prompt.Play) o.prompt();
        assertThat(play.lead()).isEqualTo(Prompt.Lead.START);
        assertThat(play.chunk()).extracting(Plan.Played::position).containsExactly(new Position(0, 0), new Position(0, 1));
        assertThat(play.explained()).containsExactly(true, false);
        assertThat(o.state().at()).isEqualTo(Position.START);
        assertThat(o.state().playedAt()).isEqualTo(1_000);
    }

    @Test
    void nextWalksToTheEndThenFinishes() {
        var o = apply(start(), new Event.Next(), 2_000);
        assertThat(o.state().at()).isEqualTo(new Position(1, 0));
        o = apply(o, new Event.Next(), 3_000);
        assertThat(((Prompt.Play) o.prompt()).endsRoutine()).isTrue();
        o = apply(o, new Event.Next(), 4_000);
        assertThat(o.prompt()).isInstanceOf(Prompt.Done.class);
        assertThat(o.state()).isNull();
    }

    @Test
    void pauseDuringTheSecondSideResumesThere() {
        var paused = apply(start(), new Event.Pause(15_000), 16_000);
        assertThat(paused.prompt()).isInstanceOf(Prompt.Paused.class);
        assertThat(paused.state().at()).isEqualTo(new Position(0, 1));
        var resumed = apply(paused, new Event.Resume(), 60_000);
        var play = (Prompt.Play) resumed.prompt();
        assertThat(play.lead()).isEqualTo(Prompt.Lead.RESUME);
        assertThat(play.chunk()).extracting(Plan.Played::position).containsExactly(new Position(0, 1));
        assertThat(play.explained()).as("already explained before the pause").containsExactly(false);
    }

    @Test
    void pauseAfterTheAudioEndedResumesWithTheNextStep() {
        var paused = apply(start(), new Event.Pause(25_000), 26_000);
        assertThat(paused.state().at()).isEqualTo(new Position(1, 0));
        assertThat(paused.state().phase()).isEqualTo(RoutineState.Phase.PAUSED);
    }

    @Test
    void aSecondPauseKeepsThePlace() {
        var paused = apply(start(), new Event.Pause(5_000), 6_000);
        var again = apply(paused, new Event.Pause(500_000), 506_000);
        assertThat(again.state().at()).isEqualTo(Position.START);
    }

    @Test
    void previousAtTheFirstStepSaysSoAndKeepsTheState() {
        var o = start();
        var previous = apply(o, new Event.Previous(), 2_000);
        assertThat(previous.prompt()).isInstanceOf(Prompt.AtFirst.class);
        assertThat(previous.state()).isEqualTo(o.state());
    }

    @Test
    void repeatSkipAndStartOver() {
        var second = apply(start(), new Event.Next(), 2_000);
        assertThat(((Prompt.Play) apply(second, new Event.Repeat(), 3_000).prompt()).chunk().get(0).position())
                .isEqualTo(new Position(1, 0));
        assertThat(apply(second, new Event.Skip(), 3_000).state().at()).isEqualTo(new Position(2, 0));
        var over = apply(second, new Event.StartOver(), 3_000);
        assertThat(over.state().at()).isEqualTo(Position.START);
        assertThat(((Prompt.Play) over.prompt()).explained().get(0)).as("explained once this session").isFalse();
    }

    @Test
    void howLongCountsWhatIsLeftAfterTheCurrentStep() {
        var o = apply(start(), new Event.HowLong(), 2_000);
        var remaining = (Prompt.Remaining) o.prompt();
        assertThat(remaining.stepNumber()).isEqualTo(1);
        assertThat(remaining.total()).isEqualTo(3);
        assertThat(remaining.millisAfterCurrent()).isEqualTo(20_000);
    }

    @Test
    void stopReportsHowManyStepsWereDone() {
        var second = apply(start(), new Event.Next(), 2_000);
        assertThat(((Prompt.Stopped) apply(second, new Event.Stop(5_000), 7_000).prompt()).done()).isEqualTo(1);
        assertThat(((Prompt.Stopped) apply(second, new Event.Stop(50_000), 52_000).prompt()).done()).isEqualTo(2);
        assertThat(apply(second, new Event.Stop(5_000), 7_000).state()).isNull();
    }

    @Test
    void itHurtsEndsTheRoutineAndOffersGentleUnlessAlreadyGentle() {
        var hurts = apply(start(), new Event.ItHurts(1_000), 2_000);
        assertThat(hurts.state()).isNull();
        assertThat(((Prompt.Hurts) hurts.prompt()).offerGentle()).isTrue();
        assertThat(((Prompt.Hurts) hurts.prompt()).step()).isZero();
        var gentle = RoutineEngine.start(RoutineEngine.GENTLE, false, PLAN, 0, 0);
        assertThat(((Prompt.Hurts) RoutineEngine.apply(gentle.state(), new Event.ItHurts(-1), PLAN, 1).prompt()).offerGentle()).isFalse();
    }

    @Test
    void itHurtsNamesTheStepThatWasPlaying() {
        // continuous: step 0 both sides (0-10 s, 10-20 s), then step 1 (20-30 s)
        var playing = RoutineEngine.start("QUICK", true, PLAN, 0, 0);
        assertThat(((Prompt.Hurts) apply(playing, new Event.ItHurts(15_000), 15_000).prompt()).step()).isZero();
        assertThat(((Prompt.Hurts) apply(playing, new Event.ItHurts(25_000), 25_000).prompt()).step()).isEqualTo(1);
        assertThat(((Prompt.Hurts) apply(playing, new Event.ItHurts(-1), 25_000).prompt()).step()).as("time unknown: the first of the response").isZero();
        var last = apply(apply(start(), new Event.Next(), 1), new Event.Next(), 2);
        assertThat(((Prompt.Hurts) apply(last, new Event.ItHurts(99_000), 99_000).prompt()).step()).as("after the audio: the last step").isEqualTo(2);
    }

    @Test
    void continuousPlayPacksStepsAndPauseFindsTheStepFromTheElapsedTime() {
        var o = RoutineEngine.start("FULL", true, PLAN, 0, 0);
        var play = (Prompt.Play) o.prompt();
        assertThat(play.chunk()).extracting(Plan.Played::position)
                .containsExactly(new Position(0, 0), new Position(0, 1), new Position(1, 0));
        var paused = RoutineEngine.apply(o.state(), new Event.Pause(25_000), PLAN, 25_000);
        assertThat(paused.state().at()).isEqualTo(new Position(1, 0));
        var next = RoutineEngine.apply(o.state(), new Event.Next(), PLAN, 40_000);
        assertThat(next.state().at()).isEqualTo(new Position(2, 0));
    }

    @Test
    void noRoutineAnswersNoRoutine() {
        assertThat(RoutineEngine.apply(null, new Event.Next(), PLAN, 0).prompt()).isInstanceOf(Prompt.NoRoutine.class);
    }
}
