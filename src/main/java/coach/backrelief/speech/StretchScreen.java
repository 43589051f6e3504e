package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Drawing;
import coach.backrelief.content.Msg;
import coach.backrelief.routine.Plan;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.Stretch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Echo Show view of a stretch: name, "2 of 4", a line drawing of the position (Alexa Vector
 * Graphics inside the document: no hosted images), the steps, a countdown that runs with the hold
 * (timed {@code SetValue} commands from the same timeline the audio uses), and Next / Pause buttons
 * that send the same events as the voice commands.
 */
public final class StretchScreen {
    public static final String APL_VERSION = "2024.3";
    /** Arguments the buttons send in {@code Alexa.Presentation.APL.UserEvent}. */
    public static final String EVENT_NEXT = "next";
    public static final String EVENT_PAUSE = "pause";
    static final String COUNTDOWN_ID = "countdown";
    /** The version of the Alexa Vector Graphics format the drawings are written in. */
    static final String AVG_VERSION = "1.2";
    /** The name of the stretch's drawing in the document's {@code graphics}. */
    static final String GRAPHIC = "position";
    /** Stroke and fill of the drawings on the dark theme. */
    private static final String INK = "#E8E8E8";

    private StretchScreen() {
    }

    static Reply.Document document(Content content, RoutineScript script, List<Plan.Played> chunk,
                                   List<Timeline> items, long leadInMillis) {
        Position first = chunk.get(0).position();
        Stretch stretch = script.stretch(first.step());
        Routine.Step step = script.routine().steps().get(first.step());
        String movement = stretch.movement();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("progress", content.format(Msg.ROUTINE_SCREEN_TITLE, Map.of("number", first.step() + 1,
                "total", script.routine().steps().size())));
        data.put("name", stretch.name());
        data.put("steps", stretch.position() + " " + movement);
        data.put("amount", step.seconds() > 0 ? Durations.spoken(content, step.seconds() * 1000L) : step.reps() + " ×");
        data.put("next", content.text(Msg.ROUTINE_BUTTON_NEXT));
        data.put("pause", content.text(Msg.ROUTINE_BUTTON_PAUSE));
        return new Reply.Document("stretch", document(countdown(chunk, items, leadInMillis, script),
                graphic(content.drawing(stretch.id()))), Map.of("stretch", data));
    }

    /** The stretch's drawing as an Alexa Vector Graphics object: light strokes with round ends on the dark theme. */
    private static Map<String, Object> graphic(Drawing drawing) {
        List<Object> paths = new ArrayList<>();
        for (Drawing.Stroke stroke : drawing.strokes()) {
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("type", "path");
            path.put("pathData", stroke.path());
            if (stroke.filled()) {
                path.put("fill", INK);
            } else {
                path.put("stroke", INK);
                path.put("strokeWidth", 5);
                path.put("strokeLineCap", "round");
                path.put("strokeLineJoin", "round");
            }
            paths.add(path);
        }
        Map<String, Object> avg = new LinkedHashMap<>();
        avg.put("type", "AVG");
        avg.put("version", AVG_VERSION);
        avg.put("width", drawing.width());
        avg.put("height", drawing.height());
        avg.put("items", paths);
        return avg;
    }

    /** Countdown updates at absolute times from the start of the response's audio. */
    private static List<Map<String, Object>> countdown(List<Plan.Played> chunk, List<Timeline> items, long leadInMillis,
                                                       RoutineScript script) {
        List<long[]> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            long cursor = leadInMillis + chunk.get(i).startMillis();
            for (Timeline.Segment segment : items.get(i).segments()) {
                if (segment instanceof Timeline.Timed timed) {
                    int step = chunk.get(i).position().step();
                    boolean reps = script.stretch(step).kind() == Stretch.Kind.REPS;
                    // the hold announced ends at the release; it starts that many seconds before (after the
                    // moment to get comfortable), so the numbers run with "Hold" whatever the settle time
                    long seconds = reps ? 0 : script.routine().steps().get(step).seconds();
                    long holdStart = timed.releaseMillis() - seconds * 1000;
                    for (long left = seconds; left > 0; left--) {
                        if (left % 5 == 0 || left <= 5) {
                            times.add(new long[]{cursor + holdStart + (seconds - left) * 1000});
                            texts.add(String.valueOf(left));
                        }
                    }
                    times.add(new long[]{cursor + timed.releaseMillis()});
                    texts.add("✓");
                }
                cursor += items.get(i).durationOf(segment);
            }
        }
        List<Map<String, Object>> commands = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < times.size(); i++) {
            long at = times.get(i)[0];
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("type", "SetValue");
            set.put("componentId", COUNTDOWN_ID);
            set.put("property", "text");
            set.put("value", texts.get(i));
            set.put("delay", Math.max(0, at - previous));
            commands.add(set);
            previous = at;
        }
        return commands;
    }

    private static Map<String, Object> document(List<Map<String, Object>> countdown, Map<String, Object> graphic) {
        Map<String, Object> drawing = new LinkedHashMap<>();
        drawing.put("type", "VectorGraphic");
        drawing.put("source", GRAPHIC);
        drawing.put("width", "45vw");
        drawing.put("height", "30vh");
        drawing.put("scale", "best-fit");
        drawing.put("accessibilityLabel", "${payload.stretch.name}");
        List<Object> items = List.of(
                text("${payload.stretch.progress}", 28),
                text("${payload.stretch.name}", 48),
                text("${payload.stretch.amount}", 28),
                Ordered.map("type", "Container", "direction", "row", "alignItems", "center", "items", List.of(drawing,
                        Ordered.map("type", "Text", "id", COUNTDOWN_ID, "text", "", "fontSize", 96, "textAlign", "center",
                                "width", "40vw"))),
                text("${payload.stretch.steps}", 26),
                Ordered.map("type", "Container", "direction", "row", "items", List.of(
                        button("${payload.stretch.next}", EVENT_NEXT), button("${payload.stretch.pause}", EVENT_PAUSE))));
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("type", "Container");
        container.put("width", "100vw");
        container.put("height", "100vh");
        container.put("paddingLeft", 40);
        container.put("paddingRight", 40);
        container.put("paddingTop", 24);
        container.put("items", items);
        Map<String, Object> main = new LinkedHashMap<>();
        main.put("parameters", List.of("payload"));
        main.put("items", List.of(container));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "APL");
        doc.put("version", APL_VERSION);
        doc.put("theme", "dark");
        doc.put("graphics", Map.of(GRAPHIC, graphic));
        doc.put("onMount", List.of(Ordered.map("type", "Sequential", "commands", countdown)));
        doc.put("mainTemplate", main);
        return doc;
    }

    private static Map<String, Object> text(String text, int size) {
        return Ordered.map("type", "Text", "text", text, "fontSize", size, "paddingBottom", 12);
    }

    private static Map<String, Object> button(String label, String event) {
        return Ordered.map("type", "TouchWrapper", "onPress", Ordered.map("type", "SendEvent", "arguments", List.of(event)),
                "item", Ordered.map("type", "Frame", "borderWidth", 2, "borderRadius", 12, "paddingLeft", 32,
                        "paddingRight", 32, "paddingTop", 12, "paddingBottom", 12,
                        "item", Ordered.map("type", "Text", "text", label, "fontSize", 32)));
    }
}
