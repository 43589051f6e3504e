package coach.backrelief.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Combining what the words say with what a resolved slot says: the more urgent wins. */
class AssessmentTest {
    private static final Assessment EMERGENCY = Assessment.of(RedFlag.SADDLE);
    private static final Assessment URGENT = Assessment.of(RedFlag.FEVER_UNWELL);
    private static final Assessment ROUTINE = Assessment.of(RedFlag.NOT_IMPROVING);
    private static final Assessment WHERE = Assessment.askWhere();

    @Test
    void aFlagOfASlotValueIsThatFlagOnly() {
        assertThat(EMERGENCY.flag()).contains(RedFlag.SADDLE);
        assertThat(EMERGENCY.tier()).isEqualTo(RedFlag.Tier.EMERGENCY);
        assertThat(EMERGENCY.clarify()).isFalse();
        assertThat(EMERGENCY.topic()).isEmpty();
        assertThat(WHERE.clarify()).isTrue();
        assertThat(WHERE.flag()).isEmpty();
        assertThat(WHERE.tier()).isNull();
    }

    @Test
    void needsCareForEmergencyAndUrgentOnly() {
        assertThat(EMERGENCY.needsCare()).isTrue();
        assertThat(URGENT.needsCare()).isTrue();
        assertThat(ROUTINE.needsCare()).isFalse();
        assertThat(Assessment.NOTHING.needsCare()).isFalse();
    }

    @Test
    void theMoreUrgentWinsEitherWay() {
        assertThat(ROUTINE.orMoreUrgent(EMERGENCY)).isSameAs(EMERGENCY);
        assertThat(EMERGENCY.orMoreUrgent(ROUTINE)).isSameAs(EMERGENCY);
        assertThat(URGENT.orMoreUrgent(EMERGENCY)).isSameAs(EMERGENCY);
        assertThat(URGENT.orMoreUrgent(URGENT)).isSameAs(URGENT);
        assertThat(Assessment.NOTHING.orMoreUrgent(ROUTINE)).isSameAs(ROUTINE);
        // a flag beats a clarification, a clarification beats nothing
        assertThat(WHERE.orMoreUrgent(ROUTINE)).isSameAs(ROUTINE);
        assertThat(ROUTINE.orMoreUrgent(WHERE)).isSameAs(ROUTINE);
        assertThat(Assessment.NOTHING.orMoreUrgent(WHERE)).isSameAs(WHERE);
        assertThat(WHERE.orMoreUrgent(Assessment.NOTHING)).isSameAs(WHERE);
        Assessment words = new Assessment(Optional.empty(), false, true, Optional.of(Topic.HEAT_COLD), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(words.orMoreUrgent(Assessment.NOTHING)).isSameAs(words);
    }

    @Test
    void sensationsAreTheSlotIdsWithoutAPlace() {
        assertThat(Sensation.forId("NUMBNESS")).contains(Sensation.NUMBNESS);
        assertThat(Sensation.forId("TINGLING")).contains(Sensation.TINGLING);
        assertThat(Sensation.forId("WEAKNESS")).contains(Sensation.WEAKNESS);
        assertThat(Sensation.forId("SADDLE")).isEmpty();
        assertThat(Sensation.forId(null)).isEmpty();
    }
}
