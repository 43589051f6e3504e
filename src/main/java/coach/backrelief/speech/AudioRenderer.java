package coach.backrelief.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a timeline as APL for Audio (the default) or as chained SSML breaks.
 *
 * <p>APL for Audio: a {@code Sequencer} of speech; each timed block is a {@code Mixer} whose
 * children are {@code Sequencer[Silence(offset), Speech(cue)]}, so every cue starts at its exact
 * offset from the start of the hold however fast the voice speaks. Silences are milliseconds with
 * no 10-second cap.
 *
 * <p>SSML: cues in order, separated by breaks that fill the time to the next cue, estimated with
 * the locale's {@link Pace}; breaks longer than 10 s are chained by {@link Ssml#pause}.
 */
public final class AudioRenderer {
    public static final String APLA_VERSION = "0.91";

    private AudioRenderer() {
    }

    /** The APL-A document for a timeline. */
    public static Map<String, Object> apla(Timeline timeline) {
        List<Object> items = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Timeline.Segment segment : timeline.segments()) {
            if (segment instanceof Timeline.Say say) {
                pending.append(pending.length() == 0 ? "" : " ").append(say.text().strip());
            } else if (segment instanceof Timeline.Timed timed) {
                flush(pending, items);
                items.add(mixer(timed));
            }
        }
        flush(pending, items);
        Map<String, Object> main = new LinkedHashMap<>();
        main.put("parameters", List.of("payload"));
        main.put("item", Ordered.map("type", "Sequencer", "items", items));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "APLA");
        document.put("version", APLA_VERSION);
        document.put("mainTemplate", main);
        return document;
    }

    private static Map<String, Object> mixer(Timeline.Timed timed) {
        List<Object> tracks = new ArrayList<>();
        for (Timeline.Cue cue : timed.cues()) {
            List<Object> track = new ArrayList<>();
            if (cue.atMillis() > 0) {
                track.add(Ordered.map("type", "Silence", "duration", cue.atMillis()));
            }
            track.add(speech(cue.text()));
            tracks.add(Ordered.map("type", "Sequencer", "items", track));
        }
        return Ordered.map("type", "Mixer", "items", tracks);
    }

    private static void flush(StringBuilder pending, List<Object> items) {
        if (pending.length() > 0) {
            items.add(speech(pending.toString()));
            pending.setLength(0);
        }
    }

    private static Map<String, Object> speech(String text) {
        Map<String, Object> speech = new LinkedHashMap<>();
        speech.put("type", "Speech");
        speech.put("contentType", "SSML");
        speech.put("content", Ssml.create().atRate(Pace.RATE, Ssml.create().say(text)).toSsml());
        return speech;
    }

    /** The same timeline as SSML, at the calm rate, with breaks standing in for the timed silences. */
    public static Ssml ssml(Timeline timeline) {
        Ssml inner = Ssml.create();
        for (Timeline.Segment segment : timeline.segments()) {
            if (segment instanceof Timeline.Say say) {
                inner.say(say.text());
            } else if (segment instanceof Timeline.Timed timed) {
                long cursor = 0;
                for (Timeline.Cue cue : timed.cues()) {
                    inner.pause(Math.max(0, cue.atMillis() - cursor));
                    inner.say(cue.text());
                    cursor = Math.max(cursor, cue.atMillis()) + timeline.pace().speechMillis(cue.text());
                }
            }
        }
        return Ssml.create().atRate(Pace.RATE, inner);
    }
}
