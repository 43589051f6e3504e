package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.routine.Plan;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Routine;

import java.util.ArrayList;
import java.util.List;

/** The timing of a routine as it will be spoken, for the engine (chunks, time left) and the renderers. */
public final class RoutinePlan implements Plan {
    /** APL for Audio plays at most 240 s per response. */
    public static final long MAX_AUDIO_MILLIS = 240_000;
    /** Room kept for the lead-in and the closing prompt around the items of a response. */
    static final long FRAME_ALLOWANCE_MILLIS = 25_000;

    private final Content content;
    private final RoutineScript script;

    public RoutinePlan(Content content, Routine routine) {
        this.content = content;
        this.script = new RoutineScript(content, routine);
    }

    public RoutineScript script() {
        return script;
    }

    @Override
    public int stepCount() {
        return script.routine().steps().size();
    }

    @Override
    public int stretchIndex(int step) {
        return content.catalog().stretchIndex(script.routine().steps().get(step).stretchId());
    }

    /**
     * In step mode, the rest of one step from {@code from}. In continuous mode, whole steps are
     * added while the audio stays within {@link #MAX_AUDIO_MILLIS} (less the frame allowance).
     */
    @Override
    public List<Played> chunk(Position from, boolean continuous, long seen) {
        List<Played> items = new ArrayList<>();
        long cursor = 0;
        long marks = seen;
        int step = from.step();
        int side = from.side();
        while (step < stepCount()) {
            List<Timeline> stepItems = new ArrayList<>();
            long stepMillis = 0;
            long bit = 1L << stretchIndex(step);
            boolean explained = (marks & bit) == 0;
            for (int s = side; s < script.sideCount(step); s++) {
                Timeline item = script.item(new Position(step, s), explained, items.isEmpty() && s == side);
                stepItems.add(item);
                stepMillis += item.durationMillis();
            }
            if (!items.isEmpty() && cursor + stepMillis > MAX_AUDIO_MILLIS - FRAME_ALLOWANCE_MILLIS) {
                break;
            }
            for (int s = side, i = 0; s < script.sideCount(step); s++, i++) {
                long length = stepItems.get(i).durationMillis();
                items.add(new Played(new Position(step, s), cursor, cursor + length));
                cursor += length;
            }
            marks |= bit;
            side = 0;
            step++;
            if (!continuous) {
                break;
            }
        }
        return items;
    }

    /** The timelines of a chunk's items, in order, as {@link #chunk} laid them out. */
    public List<Timeline> timelines(List<Played> chunk, List<Boolean> explained) {
        List<Timeline> out = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            out.add(script.item(chunk.get(i).position(), explained.get(i), i == 0));
        }
        return out;
    }

    @Override
    public long remainingMillis(int step, long seen) {
        long total = 0;
        for (int s = step; s < stepCount(); s++) {
            boolean explained = (seen & (1L << stretchIndex(s))) == 0;
            for (int side = 0; side < script.sideCount(s); side++) {
                total += script.item(new Position(s, side), explained, s == step && side == 0).durationMillis();
            }
        }
        return total;
    }
}
