package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.ContentRepository;
import coach.backrelief.routine.Position;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How a stretch flows with eyes closed: time to get into position before the hold, breathing
 * movements that end on a breath out, repetitions with room to breathe. Offsets are worked out by
 * hand from content/en (routines.json, stretches.json) and the settling times (4 s the first time a
 * stretch is explained, with its words; 2.5 s otherwise).
 */
class FlowTest {
    private static final Content CONTENT = new ContentRepository().forLocale("en-US");

    private static Timeline.Timed timed(String routine, int step, int side, boolean explained) {
        RoutineScript script = new RoutineScript(CONTENT, CONTENT.catalog().routine(routine).orElseThrow());
        return script.item(new Position(step, side), explained, false).segments().stream()
                .filter(s -> s instanceof Timeline.Timed).map(s -> (Timeline.Timed) s).findFirst().orElseThrow();
    }

    @Test
    void theFirstTimeAStretchIsExplainedThereAreFourSecondsToSettleBeforeTheHold() {
        // QUICK step 0: knee to chest, 30 s each side
        Timeline.Timed right = timed("QUICK", 0, 0, true);
        assertThat(right.cues().subList(0, 2)).extracting(Timeline.Cue::atMillis, Timeline.Cue::text)
                .containsExactly(tuple(0L, "Take a moment to get comfortable."),
                        tuple(4_000L, "Hold for 30 seconds, and breathe slowly."));
        assertThat(right.releaseMillis()).isEqualTo(34_000);
        // the other side, and a stretch already explained: 2.5 s of silence, no words
        Timeline.Timed left = timed("QUICK", 0, 1, true);
        assertThat(left.cues().get(0)).extracting(Timeline.Cue::atMillis, Timeline.Cue::text)
                .containsExactly(2_500L, "Hold for 30 seconds, and breathe slowly.");
        assertThat(left.releaseMillis()).isEqualTo(32_500);
        assertThat(timed("QUICK", 0, 0, false).cues().get(0).atMillis()).isEqualTo(2_500);
    }

    @Test
    void catCowEndsOnABreathOutWithNoCountdown() {
        // QUICK step 2: cat cow, 30 s, a cue every 5 s (at 5, 10, 15, 20, 25 s after "Begin")
        Timeline.Timed catCow = timed("QUICK", 2, 0, false);
        String in = "Breathe in, belly drops, tailbone up.";
        String out = "Breathe out, round your back, chin in.";
        assertThat(catCow.cues()).extracting(Timeline.Cue::atMillis, Timeline.Cue::text).containsExactly(
                tuple(2_500L, "30 seconds of slow movement. Begin."),
                tuple(7_500L, out), tuple(12_500L, in), tuple(17_500L, out), tuple(22_500L, in), tuple(27_500L, out),
                tuple(32_500L, "And rest. Back to a flat, neutral spine."));
    }

    @Test
    void pelvicTiltsTakeASlowBreathEachWay() {
        // QUICK step 1: 10 pelvic tilts, 6 s each ("Tilt up." at 0, "And down." at 3 s), 3 s after the start cue
        List<Timeline.Cue> cues = timed("QUICK", 1, 0, true).cues();
        assertThat(cues.subList(0, 5)).extracting(Timeline.Cue::atMillis, Timeline.Cue::text).containsExactly(
                tuple(0L, "Take a moment to get comfortable."),
                tuple(4_000L, "10 slow tilts. Here we go."),
                tuple(7_000L, "Tilt up."),
                tuple(10_000L, "And down. That's 1."),
                tuple(13_000L, "Tilt up."));
        assertThat(cues.get(cues.size() - 1)).extracting(Timeline.Cue::atMillis, Timeline.Cue::text)
                .containsExactly(67_000L, "And relax.");
    }
}
