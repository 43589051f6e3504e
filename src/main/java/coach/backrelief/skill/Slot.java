package coach.backrelief.skill;

/** Slot names used by the skill's intents, and the custom slot types behind them. */
public enum Slot {
    TOPIC("topic", "BackTopic"),
    SYMPTOM("symptom", "Symptom"),
    ROUTINE("routine", "RoutineName"),
    /** A stretch by name ("bridges", "cat cow"), for "no more bridges" and "bring back bridges". */
    STRETCH("stretch", "StretchName"),
    MINUTES("minutes", "AMAZON.NUMBER"),
    /** "From zero to ten, how bad is it?" answered with a number. */
    RATING("rating", "AMAZON.NUMBER"),
    /** A rating in words ("the worst ever", "no pain at all"): read by the locale's rating words. */
    LEVEL("level", "PainLevel"),
    /** A command's opening words ("skip", "go back"): the whole phrase is read by the triage. */
    COMMAND("command", "CommandWord"),
    DESCRIPTION("description", "AMAZON.SearchQuery"),
    ACTION("action", "AMAZON.SearchQuery"),
    QUESTION("question", "AMAZON.SearchQuery"),
    ANSWER("answer", "AMAZON.SearchQuery"),
    /** The rest of a sentence that opened with a negation. */
    REST("rest", "AMAZON.SearchQuery"),
    /** The rest of a sentence that began with a topic's own words ("heat {detail}": "or ice, which is better"). */
    DETAIL("detail", "AMAZON.SearchQuery"),
    /** When a daily reminder should ring ("08:00", or MO, AF, EV, NI for morning, afternoon, evening, night). */
    TIME("time", "AMAZON.TIME");

    private final String slotName;
    private final String typeName;

    Slot(String slotName, String typeName) {
        this.slotName = slotName;
        this.typeName = typeName;
    }

    public String slotName() {
        return slotName;
    }

    public String typeName() {
        return typeName;
    }

    /** True for slots whose value is the user's own words (everything but numbers). */
    public boolean carriesWords() {
        return !typeName.equals("AMAZON.NUMBER");
    }

    public static java.util.Optional<Slot> forName(String name) {
        return java.util.Arrays.stream(values()).filter(s -> s.slotName.equals(name)).findFirst();
    }
}
