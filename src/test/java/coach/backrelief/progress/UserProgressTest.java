package coach.backrelief.progress;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserProgressTest {
    static final LocalDate MON = LocalDate.of(2026, 11, 30);

    @Test
    void emptyRecordHasNoStreakAndNoDays() {
        UserProgress p = UserProgress.empty();
        assertThat(p.streak(MON)).isZero();
        assertThat(p.daysStretchedInWeek(MON)).isZero();
        assertThat(p.bestStreak()).isZero();
        assertThat(p.schemaVersion()).isEqualTo(UserProgress.SCHEMA_VERSION);
    }

    @Test
    void consecutiveDaysMakeAStreakAndTwoSessionsOneDayCountOnce() {
        UserProgress p = UserProgress.empty()
                .recordCompletion(MON.minusDays(2), "basic", 300)
                .recordCompletion(MON.minusDays(1), "basic", 300)
                .recordCompletion(MON, "basic", 300)
                .recordCompletion(MON, "gentle", 200);
        assertThat(p.streak(MON)).isEqualTo(3);
        assertThat(p.bestStreak()).isEqualTo(3);
        assertThat(p.history()).hasSize(4);
    }

    @Test
    void streakSurvivesUntilTheEndOfTheNextDayThenBreaks() {
        UserProgress p = UserProgress.empty()
                .recordCompletion(MON.minusDays(1), "basic", 300)
                .recordCompletion(MON, "basic", 300);
        assertThat(p.streak(MON.plusDays(1))).as("not stretched yet tomorrow").isEqualTo(2);
        assertThat(p.streak(MON.plusDays(2))).as("a whole day missed").isZero();
        assertThat(p.bestStreak()).isEqualTo(2);
    }

    @Test
    void aMissedDayRestartsTheStreakButKeepsTheBest() {
        UserProgress p = UserProgress.empty()
                .recordCompletion(MON.minusDays(5), "basic", 300)
                .recordCompletion(MON.minusDays(4), "basic", 300)
                .recordCompletion(MON.minusDays(3), "basic", 300)
                // MON-2 missed
                .recordCompletion(MON.minusDays(1), "basic", 300)
                .recordCompletion(MON, "basic", 300);
        assertThat(p.streak(MON)).isEqualTo(2);
        assertThat(p.bestStreak()).isEqualTo(3);
        assertThat(p.streakStart()).isEqualTo(MON.minusDays(1));
    }

    @Test
    void streakAcrossMidnightDependsOnTheUsersZone() {
        // 23:30 in New York on 29 Nov is already 04:30 UTC on 30 Nov.
        Zones zones = new Zones(ZoneOffset.UTC);
        Instant lateSunday = Instant.parse("2026-11-30T04:30:00Z");
        Instant lateMonday = lateSunday.plus(Duration.ofDays(1));
        String ny = "America/New_York";
        LocalDate first = zones.today(Clock.fixed(lateSunday, ZoneOffset.UTC), ny);
        LocalDate second = zones.today(Clock.fixed(lateMonday.plus(Duration.ofMinutes(45)), ZoneOffset.UTC), ny);
        assertThat(first).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(second).as("00:15 Tuesday in New York").isEqualTo(LocalDate.of(2026, 12, 1));

        UserProgress p = UserProgress.empty()
                .recordCompletion(first, "basic", 300)
                .recordCompletion(LocalDate.of(2026, 11, 30), "basic", 300)
                .recordCompletion(second, "basic", 300);
        assertThat(p.streak(second)).isEqualTo(3);
        assertThat(p.streak(second.plusDays(1))).as("Tuesday evening, not stretched yet").isEqualTo(3);
        assertThat(p.streak(second.plusDays(2))).isZero();
    }

    @Test
    void outOfOrderSessionIsKeptButDoesNotMoveTheStreak() {
        UserProgress p = UserProgress.empty()
                .recordCompletion(MON, "basic", 300)
                .recordCompletion(MON.minusDays(3), "basic", 300);
        assertThat(p.streak(MON)).isEqualTo(1);
        assertThat(p.history()).extracting(CompletedSession::date).containsExactly(MON.minusDays(3), MON);
        assertThat(p.lastSessionDate()).contains(MON);
    }

    @Test
    void daysThisWeekAreTheLastSevenDaysIncludingToday() {
        UserProgress p = UserProgress.empty()
                .recordCompletion(MON.minusDays(7), "basic", 300)   // eight days ago counting today: out
                .recordCompletion(MON.minusDays(6), "basic", 300)   // in
                .recordCompletion(MON.minusDays(4), "basic", 300)
                .recordCompletion(MON.minusDays(4), "gentle", 300)  // same day again
                .recordCompletion(MON, "basic", 300);
        assertThat(p.daysStretchedInWeek(MON)).isEqualTo(3);
        assertThat(p.daysStretchedInWeek(MON.plusDays(1))).isEqualTo(2);
        assertThat(p.daysStretchedInWeek(MON.minusDays(5))).as("later sessions not counted").isEqualTo(2);
    }

    @Test
    void historyKeepsTheNewestSixtyAndTheStreakOutlivesIt() {
        UserProgress p = UserProgress.empty();
        LocalDate day = MON.minusDays(99);
        for (int i = 0; i < 100; i++) {
            p = p.recordCompletion(day.plusDays(i), "r" + i, 60);
        }
        assertThat(p.history()).hasSize(UserProgress.HISTORY_LIMIT);
        assertThat(p.history().get(0).routineId()).isEqualTo("r40");
        assertThat(p.streak(MON)).as("derived from the stored start, not the bounded history").isEqualTo(100);
        assertThat(p.bestStreak()).isEqualTo(100);
        assertThat(p.daysStretchedInWeek(MON)).isEqualTo(7);
    }

    @Test
    void unfinishedRoutineIsOfferedOnlyWhileFresh() {
        Instant saved = Instant.parse("2026-11-30T08:00:00Z");
        UserProgress p = UserProgress.empty().saveUnfinished(new SavedRoutine("basic", 3, 1, saved));
        Duration day = Duration.ofDays(1);
        assertThat(p.unfinishedIfFresh(saved.plus(Duration.ofHours(23)), day))
                .contains(new SavedRoutine("basic", 3, 1, saved));
        assertThat(p.unfinishedIfFresh(saved.plus(day), day)).isEmpty();
        assertThat(p.clearUnfinished().unfinished()).isNull();
        assertThat(p.clearUnfinished().unfinishedIfFresh(saved, day)).isEmpty();
    }

    @Test
    void changesReturnNewRecordsAndLeaveTheOriginal() {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        UserProgress empty = UserProgress.empty();
        UserProgress p = empty.withPreferredRoutine("gentle").withDisclaimerHeard(now).withSafetyScreenHeard(now);
        assertThat(empty).isEqualTo(UserProgress.empty());
        assertThat(p.preferredRoutine()).isEqualTo("gentle");
        assertThat(UserProgress.heardWithin(p.disclaimerHeardAt(), now.plus(Duration.ofDays(6)), Duration.ofDays(7))).isTrue();
        assertThat(UserProgress.heardWithin(p.safetyScreenHeardAt(), now.plus(Duration.ofDays(8)), Duration.ofDays(7))).isFalse();
        assertThat(UserProgress.heardWithin(null, now, Duration.ofDays(7))).isFalse();
    }

    @Test
    void zoneFallsBackForMissingOrInvalidIds() {
        Zones zones = new Zones(ZoneId.of("Europe/London"));
        assertThat(zones.zoneOf(null)).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zones.zoneOf(" ")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zones.zoneOf("Mars/Olympus_Mons")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zones.zoneOf("Asia/Kolkata")).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void jsonRoundTripIsCompactAndRefusesNewerSchemas() {
        ProgressJson json = new ProgressJson();
        UserProgress p = UserProgress.empty()
                .recordCompletion(MON, "basic", 300)
                .saveUnfinished(new SavedRoutine("basic", 2, 0, Instant.parse("2026-11-30T08:00:00Z")));
        String text = json.write(p);
        assertThat(text).contains("\"d\":\"2026-11-30\"").doesNotContain("null").doesNotContain("\n");
        assertThat(json.read(text)).isEqualTo(p);
        String newer = text.replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        assertThatThrownBy(() -> json.read(newer))
                .isInstanceOf(CorruptProgressException.class);
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":1,\"history\":[{\"d\":\"nope\"}]}"))
                .isInstanceOf(CorruptProgressException.class);
    }

    @Test
    void aRatingAfterCompletesThatDaysOpenRatingAndAnotherAfterIsItsOwn() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        UserProgress p = UserProgress.empty().withRatingBefore(monday, 6).withRatingAfter(monday, 4);
        assertThat(p.backRatings()).containsExactly(new BackRating(monday, 6, 4));
        assertThat(p.ratingAskedOn()).isEqualTo(monday);
        UserProgress again = p.withRatingAfter(monday, 3);
        assertThat(again.backRatings()).containsExactly(new BackRating(monday, 6, 4), new BackRating(monday, null, 3));
        // yesterday's open rating is not completed by today's "after"
        UserProgress tuesday = UserProgress.empty().withRatingBefore(monday, 5).withRatingAfter(monday.plusDays(1), 2);
        assertThat(tuesday.backRatings()).containsExactly(new BackRating(monday, 5, null),
                new BackRating(monday.plusDays(1), null, 2));
    }

    @Test
    void fortyRatingsAreKeptTheOldestDropped() {
        UserProgress p = UserProgress.empty();
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 45; i++) {
            p = p.withRatingBefore(first.plusDays(i), i % 11);
        }
        assertThat(p.backRatings()).hasSize(40);
        assertThat(p.backRatings().get(0).date()).as("days 0 to 4 dropped").isEqualTo(first.plusDays(5));
        assertThat(p.ratingAskedOn()).isEqualTo(first.plusDays(44));
        assertThat(UserProgress.empty().ratings()).as("none is stored as absent").isNull();
    }

    @Test
    void theWeekByDayPrefersTheRatingBeforeARoutine() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        UserProgress p = UserProgress.empty()
                .withRatingBefore(today.minusDays(7), 9)          // eight days ago: outside the week
                .withRatingAfter(today.minusDays(6), 3)           // after only: counts when the day has no before
                .withRatingAfter(today.minusDays(2), 5)
                .withRatingBefore(today.minusDays(2), 7)          // the day's before wins over its earlier after
                .withRatingAfter(today.minusDays(2), 4)
                .withRatingBefore(today, 2);
        assertThat(p.ratingByDay(today)).containsExactly(java.util.Map.entry(today.minusDays(6), 3),
                java.util.Map.entry(today.minusDays(2), 7), java.util.Map.entry(today, 2));
        assertThat(p.ratingDrops(today)).as("only the 7 then 4 has both").containsExactly(3);
    }

    @Test
    void askingIsRememberedWithoutARating() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        UserProgress p = UserProgress.empty().withRatingAsked(monday);
        assertThat(p.ratingAskedOn()).isEqualTo(monday);
        assertThat(p.backRatings()).isEmpty();
    }
}
