package coach.backrelief.speech;


import java.util.ArrayList;
import java.util.List;

/**
 * Speech and silence in order, with timed blocks whose cues sit at exact offsets from the block's
 * start. Its duration can be computed, so timing is testable and pauses can be located.
 */
public final class Timeline {

    /** What a cue does in a timed block. */
    public enum Role { START, CUE, RELEASE }

    /** A part of the timeline. */
    public sealed interface Segment permits Say, Timed { }

    /** Speech, one after another. */
    public record Say(String text) implements Segment { }

    /** A cue spoken {@code atMillis} after the start of its timed block. */
    public record Cue(long atMillis, String text, Role role) { }

    /**
     * A timed block: cues at exact offsets; the block lasts until its last cue has been said. The
     * release cue sits at {@code releaseMillis}, the honest length of the hold announced.
     */
    public record Timed(List<Cue> cues, long releaseMillis, Pace pace) implements Segment {
        public Timed {
            cues = List.copyOf(cues);
        }

        public long durationMillis() {
            long end = 0;
            for (Cue cue : cues) {
                end = Math.max(end, cue.atMillis() + pace.speechMillis(cue.text()));
            }
            return end;
        }
    }

    private final List<Segment> segments = new ArrayList<>();
    private final Pace pace;

    /** An empty timeline whose speech lasts as long as {@code pace} says. */
    public Timeline(Pace pace) {
        this.pace = pace;
    }

    public Pace pace() {
        return pace;
    }

    public Timeline say(String text) {
        if (text != null && !text.isBlank()) {
            segments.add(new Say(text));
        }
        return this;
    }

    public Timeline add(Segment segment) {
        segments.add(segment);
        return this;
    }

    public Timeline addAll(Timeline other) {
        segments.addAll(other.segments);
        return this;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    public long durationMillis() {
        long total = 0;
        for (Segment segment : segments) {
            total += durationOf(segment);
        }
        return total;
    }

    long durationOf(Segment segment) {
        if (segment instanceof Say s) {
            return pace.speechMillis(s.text());
        }
        return segment instanceof Timed t ? t.durationMillis() : 0;
    }
}
