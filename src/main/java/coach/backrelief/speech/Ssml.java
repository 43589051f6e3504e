package coach.backrelief.speech;

/**
 * A small SSML builder. All text goes through {@link #escape(String)}; pauses longer than the
 * platform's 10-second {@code <break>} cap are chained.
 */
public final class Ssml {
    /** Alexa rejects a single {@code <break>} longer than this. */
    public static final int MAX_BREAK_MS = 10_000;
    /** Alexa rejects output speech longer than this, tags included. */
    public static final int MAX_SPEECH_CHARS = 8_000;

    private final StringBuilder body = new StringBuilder();

    public static Ssml create() {
        return new Ssml();
    }

    /** Appends plain text, escaped. */
    public Ssml say(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        separate();
        body.append(escape(text.strip()));
        return this;
    }

    /** Appends silence, as one or more breaks of at most {@link #MAX_BREAK_MS}. */
    public Ssml pause(long millis) {
        long left = millis;
        while (left > 0) {
            long chunk = Math.min(left, MAX_BREAK_MS);
            body.append("<break time=\"").append(chunk).append("ms\"/>");
            left -= chunk;
        }
        return this;
    }

    /** Appends another builder's content inside a prosody rate, for example {@code 90%}. */
    public Ssml atRate(String rate, Ssml inner) {
        if (inner.body.length() == 0) {
            return this;
        }
        separate();
        body.append("<prosody rate=\"").append(escape(rate)).append("\">").append(inner.body).append("</prosody>");
        return this;
    }

    public boolean isEmpty() {
        return body.length() == 0;
    }

    /** The whole document, wrapped in {@code <speak>}. */
    public String toSsml() {
        return "<speak>" + body + "</speak>";
    }

    @Override
    public String toString() {
        return toSsml();
    }

    private void separate() {
        if (body.length() > 0 && body.charAt(body.length() - 1) != ' ') {
            body.append(' ');
        }
    }

    /** XML-escapes text for SSML content and attribute values. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
