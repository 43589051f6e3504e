package coach.backrelief.skill;

/** The yes/no question the skill last asked, so that "yes" and "no" can be honoured in context. */
public enum Question {
    NONE,
    /** "Want to hear about ...?" (argument: the topic id). */
    OFFER_TOPIC,
    /** "Want me to walk you through some stretches?" */
    OFFER_ROUTINE,
    /** The red-flag question before the first routine (argument: the routine to start, see {@link RoutineChoice}). */
    SAFETY_SCREEN,
    /** "Would you like to try the gentle routine instead?" after a stretch hurt. */
    OFFER_GENTLE,
    /** "Would you like to pick up where you left off?" on launch, for a saved unfinished routine. */
    OFFER_RESUME,
    /** "This deletes your stretch history … Are you sure?" */
    CONFIRM_FORGET,
    /** "Is it in both legs, or around your groin or bottom?" after numbness, tingling or weakness said without a place. */
    SYMPTOM_WHERE,
    /**
     * "From zero to ten, how bad is your back right now?" before a routine, at most once a day
     * (argument: the routine to start, see {@link RoutineChoice}).
     */
    RATE_BEFORE,
    /** "From zero to ten, how's your back now?" after a routine (argument: the rating before it, "0" to "10"). */
    RATE_AFTER
}
