package coach.backrelief.skill;

/** Slot names used by the skill's intents, and the custom slot types behind them. */
public enum Slot {
    TOPIC("topic", "BackTopic"),
    SYMPTOM("symptom", "Symptom"),
    ROUTINE("routine", "RoutineName"),
    MINUTES("minutes", "AMAZON.NUMBER");

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
}
