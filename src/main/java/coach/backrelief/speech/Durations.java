package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;

import java.util.Map;

/** Durations said the way people say them: "40 seconds", "about a minute", "about 3 minutes". */
public final class Durations {
    private Durations() {
    }

    public static String spoken(Content content, long millis) {
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 50) {
            return content.format(Msg.TIME_SECONDS, Map.of("n", Math.max(5, Math.round(seconds / 5.0) * 5)));
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes <= 1 ? content.text(Msg.TIME_MINUTE) : content.format(Msg.TIME_MINUTES, Map.of("n", minutes));
    }
}
