package coach.backrelief.local;

import java.util.List;

/**
 * What Alexa's language understanding made of one utterance: an intent and its filled slots.
 *
 * @param intent the intent name
 * @param slots  the slots heard, in sample order (slots not heard are absent)
 */
record Understood(String intent, List<Slot> slots) {

    static final String FALLBACK = "AMAZON.FallbackIntent";

    /**
     * One slot value heard.
     *
     * @param name      the slot name
     * @param type      the slot type name (used in the entity-resolution authority)
     * @param spoken    the words as heard
     * @param id        the matched value's id, or null when entity resolution found no match
     * @param canonical the matched value's name, or null
     */
    record Slot(String name, String type, String spoken, String id, String canonical) {
        boolean matched() {
            return canonical != null;
        }

        /** Built-in slot types (AMAZON.NUMBER) carry their value without entity resolution, as on Alexa. */
        boolean builtIn() {
            return type != null && type.startsWith("AMAZON.");
        }
    }

    static Understood fallback() {
        return new Understood(FALLBACK, List.of());
    }

    Slot slot(String name) {
        return slots.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
