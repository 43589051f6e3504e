package coach.backrelief.content;

/** Typed keys of the spoken messages in {@code content/<locale>/messages.json}. */
public enum Msg {
    SKILL_NAME("skillName"),
    EMERGENCY_NUMBER("emergencyNumber"),
    URGENT_CARE("urgentCare"),
    PAIN_RELIEVERS("painRelievers"),
    LAUNCH_WELCOME("launch.welcome"),
    LAUNCH_DISCLAIMER("launch.disclaimer"),
    LAUNCH_PROMPT("launch.prompt"),
    LAUNCH_REPROMPT("launch.reprompt"),
    HELP("help.speech"),
    HELP_REPROMPT("help.reprompt"),
    GOODBYE("goodbye"),
    FALLBACK("fallback.speech"),
    FALLBACK_REPROMPT("fallback.reprompt"),
    ERROR("error.speech"),
    ERROR_REPROMPT("error.reprompt"),
    FOLLOW_UP_NO("followUp.no"),
    FOLLOW_UP_NEXT("followUp.next"),
    FOLLOW_UP_REPROMPT("followUp.reprompt"),
    REPEAT_NOTHING("repeat.nothing"),
    HOME("home.speech"),
    TOPIC_UNKNOWN("topic.unknown"),
    TOPIC_LIST("topic.list"),
    RED_FLAG_EMERGENCY("redFlag.emergency"),
    RED_FLAG_EMERGENCY_CARD("redFlag.emergency.card"),
    RED_FLAG_URGENT("redFlag.urgent"),
    RED_FLAG_URGENT_CARD("redFlag.urgent.card"),
    RED_FLAG_UNCLEAR("redFlag.unclear"),
    RED_FLAG_UNCLEAR_REPROMPT("redFlag.unclear.reprompt"),
    RED_FLAG_CARD_TITLE("redFlag.cardTitle"),
    CARD_DISCLAIMER("card.disclaimer");

    private final String key;

    Msg(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
