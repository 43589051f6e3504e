package coach.backrelief.skill;

import coach.backrelief.knowledge.Topic;

import java.util.Arrays;
import java.util.Optional;

/** Every intent the skill handles. A test checks this list against the interaction model both ways. */
public enum Intent {
    WHAT_IS(Topic.WHAT_IS.intentName()),
    CAUSES(Topic.CAUSES.intentName()),
    SYMPTOMS(Topic.SYMPTOMS.intentName()),
    SELF_CARE(Topic.SELF_CARE.intentName()),
    HEAT_COLD(Topic.HEAT_COLD.intentName()),
    PHYSICAL_THERAPY(Topic.PHYSICAL_THERAPY.intentName()),
    MEDICATION(Topic.MEDICATION.intentName()),
    CHIROPRACTIC(Topic.CHIROPRACTIC.intentName()),
    PREVENTION(Topic.PREVENTION.intentName()),
    SEE_DOCTOR(Topic.SEE_DOCTOR.intentName()),
    TOPIC("TopicIntent"),
    SYMPTOM_REPORT("SymptomReportIntent"),
    DESCRIBE_SYMPTOM("DescribeSymptomIntent"),
    /** A command in the user's words ("skip this stretch please"): the words decide what it is. */
    COMMAND("CommandIntent"),
    /** A sentence that opens with a negation ("haven't had a wee since last night"): read as "not …". */
    NOT("NotIntent"),
    CANNOT("CannotIntent"),
    QUESTION("QuestionIntent"),
    WHY_QUESTION("WhyQuestionIntent"),
    AFFIRM("AffirmIntent"),
    DENY("DenyIntent"),
    MAYBE("MaybeIntent"),
    HELP("AMAZON.HelpIntent"),
    STOP("AMAZON.StopIntent"),
    CANCEL("AMAZON.CancelIntent"),
    FALLBACK("AMAZON.FallbackIntent"),
    NAVIGATE_HOME("AMAZON.NavigateHomeIntent"),
    YES("AMAZON.YesIntent"),
    NO("AMAZON.NoIntent"),
    REPEAT("AMAZON.RepeatIntent"),
    START_ROUTINE("StartRoutineIntent"),
    CONTINUOUS_ROUTINE("ContinuousRoutineIntent"),
    LIST_ROUTINES("ListRoutinesIntent"),
    ROUTINE_STATUS("RoutineStatusIntent"),
    DESCRIBE_STRETCH("DescribeStretchIntent"),
    SKIP("SkipIntent"),
    IT_HURTS("ItHurtsIntent"),
    NEXT("AMAZON.NextIntent"),
    PREVIOUS("AMAZON.PreviousIntent"),
    PAUSE("AMAZON.PauseIntent"),
    RESUME("AMAZON.ResumeIntent"),
    START_OVER("AMAZON.StartOverIntent"),
    RESUME_ROUTINE("ResumeRoutineIntent"),
    /** "I can't get down on the floor", "I can't kneel": the chair and bed routines are offered. */
    NO_FLOOR("NoFloorIntent"),
    /** "How do I get down on the floor safely?", "how do I get back up?" */
    FLOOR_HELP("FloorHelpIntent"),
    /** "Don't give me bridges any more", "skip this one for good": remembered in progress. */
    SKIP_FOR_GOOD("SkipForGoodIntent"),
    /** "Bring back the bridge", "bring back all my stretches". */
    BRING_BACK("BringBackStretchIntent"),
    PROGRESS("ProgressIntent"),
    /** "It's about a six", "the worst ever": how bad the back is, from zero to ten. */
    RATING("RatingIntent"),
    /** "How's my back been this week?": the ratings' trend. */
    RATING_TREND("RatingTrendIntent"),
    FORGET_PROGRESS("ForgetProgressIntent"),
    SET_REMINDER("SetReminderIntent"),
    /** Specific medicine questions: each has its own answer within the medication topic (content: topic details). */
    MEDICINE_DOSE("MedicineDoseIntent"),
    MEDICINE_DRIVING("MedicineDrivingIntent"),
    MEDICINE_PREGNANCY("MedicinePregnancyIntent"),
    STOP_REMINDER("StopReminderIntent");

    private final String modelName;

    Intent(String modelName) {
        this.modelName = modelName;
    }

    /** The intent's name in the interaction model. */
    public String modelName() {
        return modelName;
    }

    /** The intents whose words reach the code through an AMAZON.SearchQuery slot, for the triage to read. */
    public boolean isFreeText() {
        return switch (this) {
            case DESCRIBE_SYMPTOM, COMMAND, NOT, CANNOT, QUESTION, WHY_QUESTION, AFFIRM, DENY -> true;
            default -> false;
        };
    }

    public static Optional<Intent> forName(String name) {
        return Arrays.stream(values()).filter(i -> i.modelName.equals(name)).findFirst();
    }
}
