package coach.backrelief.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every question topic the skill answers. Each topic has its own intent in the interaction model
 * (so people can ask naturally) and is also a value id of the {@code BackTopic} slot type
 * (for "tell me about ..." requests).
 */
public enum Topic {
    WHAT_IS("WhatIsSpasmIntent"),
    CAUSES("CausesIntent"),
    SYMPTOMS("SymptomsIntent"),
    SELF_CARE("SelfCareIntent"),
    HEAT_COLD("HeatColdIntent"),
    PHYSICAL_THERAPY("PhysicalTherapyIntent"),
    MEDICATION("MedicationIntent"),
    CHIROPRACTIC("ChiropracticIntent"),
    PREVENTION("PreventionIntent"),
    SEE_DOCTOR("SeeDoctorIntent");

    private final String intentName;

    Topic(String intentName) {
        this.intentName = intentName;
    }

    public String intentName() {
        return intentName;
    }

    public static Optional<Topic> forIntent(String intentName) {
        return Arrays.stream(values()).filter(t -> t.intentName.equals(intentName)).findFirst();
    }

    public static Optional<Topic> forId(String id) {
        return Arrays.stream(values()).filter(t -> t.name().equals(id)).findFirst();
    }
}
