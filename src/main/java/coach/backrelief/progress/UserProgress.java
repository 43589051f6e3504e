package coach.backrelief.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the skill remembers about one user. Immutable: every change returns a new record.
 * Nullable components mean "never" / "none".
 *
 * <p><b>Streaks.</b> A streak is a run of consecutive local dates with at least one completed
 * session. The current streak is derived: {@link #streakStart} (first day of the run that ends
 * at the latest session) plus the latest session date from {@link #history}. Only the start of
 * the run and the best streak are stored, because the history is bounded ({@value #HISTORY_LIMIT}
 * entries) and could not prove a run or a record longer than itself. {@link #recordCompletion}
 * is the one place both are updated, so they cannot drift from the history.
 *
 * @param schemaVersion       layout of this record; readers refuse newer layouts rather than drop fields
 * @param unfinished          the routine the user stopped in, or null
 * @param history             completed sessions, oldest first, at most {@value #HISTORY_LIMIT}
 * @param streakStart         first date of the run that ends at the latest session, or null
 * @param bestStreak          the longest run of days ever reached
 * @param preferredRoutine    the routine the user likes, or null
 * @param disclaimerHeardAt   when the disclaimer was last spoken to this user, or null
 * @param safetyScreenHeardAt when the safety screen was last heard, or null
 * @param floorGuideHeardAt   when the user last heard how to get down to the floor and up, or null
 * @param skippedStretches    stretches the user asked never to be given again ("no more bridges"), or
 *                            null when none (an empty list is stored as null)
 * @param ratingAskedOn       the local date the skill last asked "from zero to ten, how bad is it?", or null
 * @param ratings             the user's zero-to-ten ratings, oldest first, at most {@value #RATINGS_LIMIT}, or
 *                            null when none (an empty list is stored as null)
 */
public record UserProgress(int schemaVersion,
                           SavedRoutine unfinished,
                           List<CompletedSession> history,
                           LocalDate streakStart,
                           int bestStreak,
                           String preferredRoutine,
                           Instant disclaimerHeardAt,
                           Instant safetyScreenHeardAt,
                           Instant floorGuideHeardAt,
                           List<String> skippedStretches,
                           LocalDate ratingAskedOn,
                           List<BackRating> ratings) {

    public static final int SCHEMA_VERSION = 1;
    public static final int HISTORY_LIMIT = 60;
    /** Ratings kept: about a month of a before and an after every day. */
    public static final int RATINGS_LIMIT = 40;
    /** "This week" is the last seven days including today. */
    public static final int WEEK_DAYS = 7;

    public UserProgress {
        history = history == null ? List.of() : List.copyOf(history);
        skippedStretches = skippedStretches == null || skippedStretches.isEmpty() ? null
                : List.copyOf(new java.util.LinkedHashSet<>(skippedStretches));
        ratings = ratings == null || ratings.isEmpty() ? null
                : List.copyOf(ratings.subList(Math.max(0, ratings.size() - RATINGS_LIMIT), ratings.size()));
        if (history.size() > HISTORY_LIMIT) {
            history = history.subList(history.size() - HISTORY_LIMIT, history.size());
        }
    }

    /** A user the skill has never seen. */
    public static UserProgress empty() {
        return new UserProgress(SCHEMA_VERSION, null, List.of(), null, 0, null, null, null, null, null, null, null);
    }

    /**
     * Adds a finished session (dropping the oldest beyond {@value #HISTORY_LIMIT}) and extends,
     * keeps or restarts the streak. A session dated before the latest one (a device in another
     * zone) is kept in the history but does not change the streak. Does not clear the unfinished
     * routine: call {@link #clearUnfinished()} too when the finished routine was the saved one.
     */
    public UserProgress recordCompletion(LocalDate date, String routineId, int seconds) {
        Optional<LocalDate> last = lastSessionDate();
        LocalDate start = streakStart;
        if (last.isEmpty() || start == null || date.isAfter(last.get().plusDays(1))) {
            start = date;
        }
        List<CompletedSession> more = new ArrayList<>(history);
        more.add(new CompletedSession(date, routineId, seconds));
        more.sort(Comparator.comparing(CompletedSession::date));
        int run = (int) ChronoUnit.DAYS.between(start, last.filter(date::isBefore).orElse(date)) + 1;
        return new UserProgress(schemaVersion, unfinished, more, start, Math.max(bestStreak, run),
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches, ratingAskedOn, ratings);
    }

    /**
     * Consecutive days with a session up to {@code today}, in the user's zone. Still counts when
     * the last session was yesterday (the user has until midnight to keep it); 0 once a day is missed.
     */
    public int streak(LocalDate today) {
        Optional<LocalDate> last = lastSessionDate();
        if (last.isEmpty() || streakStart == null || last.get().isBefore(today.minusDays(1))) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(streakStart, last.get()) + 1;
    }

    /** Distinct days with a session among the last {@value #WEEK_DAYS} days, today included. */
    public int daysStretchedInWeek(LocalDate today) {
        LocalDate first = today.minusDays(WEEK_DAYS - 1L);
        return (int) history.stream().map(CompletedSession::date)
                .filter(d -> !d.isBefore(first) && !d.isAfter(today))
                .distinct().count();
    }

    public Optional<LocalDate> lastSessionDate() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).date());
    }

    public UserProgress saveUnfinished(SavedRoutine routine) {
        Objects.requireNonNull(routine, "routine");
        return new UserProgress(schemaVersion, routine, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches, ratingAskedOn, ratings);
    }

    public UserProgress clearUnfinished() {
        return new UserProgress(schemaVersion, null, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches, ratingAskedOn, ratings);
    }

    /** The unfinished routine if it was saved less than {@code maxAge} before {@code now}. */
    public Optional<SavedRoutine> unfinishedIfFresh(Instant now, Duration maxAge) {
        return Optional.ofNullable(unfinished)
                .filter(r -> r.savedAt().plus(maxAge).isAfter(now));
    }

    public UserProgress withPreferredRoutine(String routineId) {
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                routineId, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches, ratingAskedOn, ratings);
    }

    public UserProgress withDisclaimerHeard(Instant at) {
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, at, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches, ratingAskedOn, ratings);
    }

    public UserProgress withSafetyScreenHeard(Instant at) {
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, at, floorGuideHeardAt, skippedStretches, ratingAskedOn, ratings);
    }

    public UserProgress withFloorGuideHeard(Instant at) {
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, at, skippedStretches, ratingAskedOn, ratings);
    }

    /** The stretches never to be given again, in the order asked (empty when none). */
    public List<String> skipped() {
        return skippedStretches == null ? List.of() : skippedStretches;
    }

    /** "No more bridges": the stretch is left out of every routine from now on. */
    public UserProgress withSkipped(String stretchId) {
        List<String> more = new ArrayList<>(skipped());
        more.add(stretchId);
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, more, ratingAskedOn, ratings);
    }

    /** "Bring back bridges": the stretch again, or every skipped stretch when {@code stretchId} is null. */
    public UserProgress withoutSkipped(String stretchId) {
        List<String> fewer = new ArrayList<>(skipped());
        if (stretchId == null) {
            fewer.clear();
        } else {
            fewer.remove(stretchId);
        }
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, fewer, ratingAskedOn, ratings);
    }

    /** The ratings, oldest first (empty when none). */
    public List<BackRating> backRatings() {
        return ratings == null ? List.of() : ratings;
    }

    /** The skill asked for a rating on {@code date} (asked at most once a day, answered or not). */
    public UserProgress withRatingAsked(LocalDate date) {
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches,
                date, ratings);
    }

    /** A rating before a routine (or said on its own) on {@code date}: a new entry. */
    public UserProgress withRatingBefore(LocalDate date, int rating) {
        List<BackRating> more = new ArrayList<>(backRatings());
        more.add(new BackRating(date, rating, null));
        return withRatings(date, more);
    }

    /**
     * A rating after a routine on {@code date}: completes that day's latest entry when it has no
     * "after" yet, else is an entry of its own.
     */
    public UserProgress withRatingAfter(LocalDate date, int rating) {
        List<BackRating> more = new ArrayList<>(backRatings());
        int last = more.size() - 1;
        if (last >= 0 && more.get(last).date().equals(date) && more.get(last).after() == null) {
            more.set(last, new BackRating(date, more.get(last).before(), rating));
        } else {
            more.add(new BackRating(date, null, rating));
        }
        return withRatings(date, more);
    }

    private UserProgress withRatings(LocalDate asked, List<BackRating> list) {
        LocalDate on = ratingAskedOn == null || asked.isAfter(ratingAskedOn) ? asked : ratingAskedOn;
        return new UserProgress(schemaVersion, unfinished, history, streakStart, bestStreak,
                preferredRoutine, disclaimerHeardAt, safetyScreenHeardAt, floorGuideHeardAt, skippedStretches,
                on, list);
    }

    /** The ratings of the last {@value #WEEK_DAYS} days, today included, oldest first. */
    public List<BackRating> ratingsInWeek(LocalDate today) {
        LocalDate first = today.minusDays(WEEK_DAYS - 1L);
        return backRatings().stream().filter(r -> !r.date().isBefore(first) && !r.date().isAfter(today)).toList();
    }

    /**
     * One rating per day of the last {@value #WEEK_DAYS} days, oldest first: the day's first rating
     * before a routine, else its first rating after one.
     */
    public java.util.Map<LocalDate, Integer> ratingByDay(LocalDate today) {
        java.util.Map<LocalDate, Integer> byDay = new java.util.TreeMap<>();
        for (BackRating r : ratingsInWeek(today)) {
            if (r.before() != null) {
                byDay.putIfAbsent(r.date(), r.before());
            }
        }
        for (BackRating r : ratingsInWeek(today)) {
            if (r.after() != null) {
                byDay.putIfAbsent(r.date(), r.after());
            }
        }
        return byDay;
    }

    /** Before minus after, for every routine in the last {@value #WEEK_DAYS} days rated both times. */
    public List<Integer> ratingDrops(LocalDate today) {
        return ratingsInWeek(today).stream().filter(r -> r.before() != null && r.after() != null)
                .map(r -> r.before() - r.after()).toList();
    }

    /** True if {@code heardAt} is within {@code window} before {@code now} ("heard recently"). */
    public static boolean heardWithin(Instant heardAt, Instant now, Duration window) {
        return heardAt != null && heardAt.plus(window).isAfter(now);
    }
}
