package coach.backrelief.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns SSML into what a listener hears: plain words and pauses (adjacent breaks add up). */
final class SsmlText {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z:-]+)([^>]*?)(/?)>");
    private static final Pattern TIME = Pattern.compile("time\\s*=\\s*[\"'](\\d+(?:\\.\\d+)?)(ms|s)[\"']");
    private static final Pattern STRENGTH = Pattern.compile("strength\\s*=\\s*[\"']([a-z-]+)[\"']");

    private SsmlText() {
    }

    static List<Segment> segments(String ssml) {
        List<Segment> out = new ArrayList<>();
        if (ssml == null || ssml.isBlank()) {
            return out;
        }
        Matcher m = TAG.matcher(ssml);
        int last = 0;
        while (m.find()) {
            addWords(out, ssml.substring(last, m.start()));
            last = m.end();
            String name = m.group(2);
            if (name.equals("break")) {
                addPause(out, breakMillis(m.group(3)));
            } else if (name.equals("audio") && m.group(1).isEmpty()) {
                addWords(out, "(audio clip)");
            } else if (name.equals("p") || name.equals("s")) {
                addWords(out, " ");
            }
        }
        addWords(out, ssml.substring(last));
        return out;
    }

    private static long breakMillis(String attributes) {
        Matcher time = TIME.matcher(attributes);
        if (time.find()) {
            double value = Double.parseDouble(time.group(1));
            return Math.round(time.group(2).equals("s") ? value * 1000 : value);
        }
        Matcher strength = STRENGTH.matcher(attributes);
        String level = strength.find() ? strength.group(1) : "medium";
        return switch (level) {
            case "none", "x-weak" -> 0;
            case "weak" -> 250;
            case "strong" -> 750;
            case "x-strong" -> 1000;
            default -> 500;
        };
    }

    static void addPause(List<Segment> out, long millis) {
        if (millis <= 0) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Segment.Pause previous) {
            out.set(out.size() - 1, new Segment.Pause(previous.millis() + millis));
        } else {
            out.add(new Segment.Pause(millis));
        }
    }

    static void addWords(List<Segment> out, String raw) {
        String text = unescape(raw).replaceAll("\\s+", " ");
        if (text.isBlank()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Segment.Words previous) {
            out.set(out.size() - 1, new Segment.Words((previous.text() + " " + text).replaceAll("\\s+", " ").trim()));
        } else {
            out.add(new Segment.Words(text.trim()));
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
