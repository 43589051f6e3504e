package coach.backrelief.speech;

import java.util.Map;

/**
 * Everything one response says and shows, independent of the ASK SDK.
 *
 * @param speech       SSML document, or null for no speech
 * @param reprompt     SSML document spoken when the user stays silent; null when the session ends
 * @param cardTitle    Alexa app card title, or null for no card
 * @param cardText     card body
 * @param endSession   true ends the session after speaking
 * @param audio        APL for Audio document and data sources (played after speech), or null
 * @param screen       APL document and data sources for devices with a screen, or null
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText,
                    boolean endSession, Document audio, Document screen) {

    /** An APL or APL-A document with its data sources, as plain JSON-ready maps. */
    public record Document(String token, Map<String, Object> document, Map<String, Object> datasources) {
    }

    /** The empty response (for SessionEndedRequest and events that need no answer). */
    public static Reply empty() {
        return new Reply(null, null, null, null, false, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same reply with {@code lead} said first ("Take your time."); unchanged when it has no speech. */
    public Reply leadingWith(String lead) {
        String open = "<speak>";
        if (speech == null || !speech.startsWith(open) || lead == null || lead.isBlank()) {
            return this;
        }
        return new Reply(open + Ssml.escape(lead) + " " + speech.substring(open.length()), reprompt, cardTitle, cardText,
                endSession, audio, screen);
    }

    public boolean isEmpty() {
        return speech == null && reprompt == null && cardTitle == null && audio == null && screen == null;
    }

    /** Builds a reply; {@link #ask} and {@link #tell} decide whether the session stays open. */
    public static final class Builder {
        private String speech;
        private String reprompt;
        private String cardTitle;
        private String cardText;
        private boolean endSession;
        private Document audio;
        private Document screen;

        public Builder speech(Ssml ssml) {
            this.speech = ssml.isEmpty() ? null : ssml.toSsml();
            return this;
        }

        /** Keeps the session open with this reprompt. */
        public Builder ask(Ssml repromptSsml) {
            this.reprompt = repromptSsml.toSsml();
            this.endSession = false;
            return this;
        }

        /** Ends the session after speaking. */
        public Builder tell() {
            this.reprompt = null;
            this.endSession = true;
            return this;
        }

        public Builder card(String title, String text) {
            this.cardTitle = title;
            this.cardText = text;
            return this;
        }

        public Builder audio(Document document) {
            this.audio = document;
            return this;
        }

        public Builder screen(Document document) {
            this.screen = document;
            return this;
        }

        public Reply build() {
            if (!endSession && reprompt == null) {
                throw new IllegalStateException("an open session needs a reprompt");
            }
            return new Reply(speech, reprompt, cardTitle, cardText, endSession, audio, screen);
        }
    }
}
