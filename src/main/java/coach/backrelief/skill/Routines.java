package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.routine.Event;
import coach.backrelief.routine.Place;
import coach.backrelief.knowledge.RatingWords;
import coach.backrelief.progress.BackRating;
import coach.backrelief.progress.SavedRoutine;
import coach.backrelief.progress.UserProgress;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Prompt;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.RoutineEngine;
import coach.backrelief.routine.RoutineState;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import coach.backrelief.speech.ProgressReplies;
import coach.backrelief.speech.RatingReplies;
import coach.backrelief.speech.RoutineReplies;
import coach.backrelief.speech.RoutinePlan;
import coach.backrelief.speech.RoutineScript;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Runs guided routines for the handlers: the safety question before the first routine of a
 * session, the engine's transitions, and rendering, with the session state that follows. Every
 * change of place is also queued for the user's stored progress (so "resume my stretches" works
 * tomorrow), and a finished routine is recorded with its streak.
 */
final class Routines {
    private static final Logger LOG = LoggerFactory.getLogger(Routines.class);
    /** A "no" to the safety question is trusted for this long, across sessions (symptoms can change). */
    static final Duration SCREEN_MEMORY = Duration.ofHours(2);
    /** How old a saved place may be for "resume my stretches". */
    static final Duration RESUME_MAX_AGE = Duration.ofDays(7);

    private final RoutineReplies.AudioMode mode;

    Routines(RoutineReplies.AudioMode mode) {
        this.mode = mode;
    }

    /** Starts a routine, asking the safety question first when it was not answered this session. */
    Reply start(HandlerInput input, Turn turn, RoutineChoice choice) {
        if (!turn.next().screened()
                && !UserProgress.heardWithin(turn.progress().safetyScreenHeardAt(), turn.now(), SCREEN_MEMORY)) {
            turn.next(turn.next().asking(Question.SAFETY_SCREEN, choice.token()).said(null));
            return replies(turn).safetyScreen();
        }
        return rateOrBegin(input, turn, choice);
    }

    /**
     * Once a day, before a new routine of a user who has finished one before, "from zero to ten, how
     * bad is your back right now?"; otherwise the routine starts. Not before a resumed routine, and
     * not for a new user (who has just heard the safety question), nor when progress is unreachable
     * (the question could not be remembered as asked).
     */
    private Reply rateOrBegin(HandlerInput input, Turn turn, RoutineChoice choice) {
        UserProgress progress = turn.progress();
        LocalDate today = turn.today();
        if (choice.from() != null || !turn.progressAvailable() || progress.history().isEmpty()
                || today.equals(progress.ratingAskedOn())) {
            return begin(input, turn, choice);
        }
        turn.changeProgress(p -> p.withRatingAsked(today));
        turn.next(turn.next().asking(Question.RATE_BEFORE, choice.token()).said(null));
        return new RatingReplies(turn.content()).ask();
    }

    /**
     * The answer to "how bad is it?" before a routine: stored; under eight, the routine starts after
     * "Six out of ten. Thanks."; eight or more gets the safe advice and the bed routine offered.
     */
    Reply ratedBefore(HandlerInput input, Turn turn, RoutineChoice choice, int rating) {
        LocalDate today = turn.today();
        turn.changeProgress(p -> p.withRatingBefore(today, rating));
        if (rating >= RatingWords.SEVERE) {
            return severe(turn, rating);
        }
        return begin(input, turn, choice, null, new RatingReplies(turn.content()).thanks(rating));
    }

    /** Eight or more out of ten: the safe advice, then the bed routine (lying down) offered; "gentle" names the other. */
    static Reply severe(Turn turn, int rating) {
        Routine bed = turn.content().catalog().routinesIn(Place.BED).stream().findFirst()
                .orElse(turn.content().catalog().routine(RoutineEngine.GENTLE).orElse(null));
        turn.next(turn.next().asking(Question.OFFER_ROUTINE, bed == null ? null : bed.id()).said(null));
        return new RatingReplies(turn.content()).severe(rating);
    }

    /** The answer to "how's your back now?" after a routine: stored, compared with the one before, goodbye. */
    static Reply ratedAfter(Turn turn, int before, int rating) {
        LocalDate today = turn.today();
        turn.changeProgress(p -> p.withRatingAfter(today, rating));
        turn.next(turn.next().cleared());
        return new RatingReplies(turn.content()).after(before, rating, turn.content().pick(Msg.GOODBYE, turn.random()));
    }

    /** The safety question again (its answer was not a yes or a no). */
    Reply askScreenAgain(Turn turn) {
        turn.next(turn.next().said(null));
        return replies(turn).safetyScreen();
    }

    /** "Yes" to an offer to stretch: the routine given, or the default when null. */
    Reply offerAccepted(HandlerInput input, Turn turn, String routineId) {
        String id = routineId == null ? preferredOrDefault(turn).id() : routineId;
        return start(input, turn, new RoutineChoice(id, false));
    }

    /** The routine the user finished last (stored), else the catalog's default. */
    static Routine preferredOrDefault(Turn turn) {
        var catalog = turn.content().catalog();
        return catalog.routine(turn.progress().preferredRoutine()).orElse(catalog.defaultRoutine());
    }

    /** The saved unfinished routine, when it is recent enough and still fits the catalog. */
    static Optional<RoutineChoice> saved(Turn turn, Duration maxAge) {
        Optional<SavedRoutine> saved = turn.progress().unfinishedIfFresh(turn.now(), maxAge);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        Optional<Routine> routine = turn.content().catalog().routine(saved.get().routineId());
        Position from = new Position(saved.get().stretchIndex(), saved.get().side());
        if (routine.isEmpty() || !fits(from, new RoutinePlan(turn.content(), routine.get()))) {
            return Optional.empty();
        }
        return Optional.of(new RoutineChoice(routine.get().id(), false, from));
    }

    /** "Resume my stretches": the saved place, after the safety question if needed; or says there is none. */
    Reply resumeSaved(HandlerInput input, Turn turn) {
        Optional<RoutineChoice> saved = saved(turn, RESUME_MAX_AGE);
        if (saved.isEmpty()) {
            turn.next(turn.next().notAsking());
            return replies(turn).noSavedRoutine();
        }
        return start(input, turn, saved.get());
    }

    /** "No" to the safety question: remember it for the session and start the routine. */
    Reply screenPassed(HandlerInput input, Turn turn, RoutineChoice choice) {
        turn.next(turn.next().markScreened());
        Instant now = turn.now();
        turn.changeProgress(p -> p.withSafetyScreenHeard(now));
        return rateOrBegin(input, turn, choice);
    }

    /** Starts a routine now (the safety question was answered). */
    Reply begin(HandlerInput input, Turn turn, RoutineChoice choice) {
        return begin(input, turn, choice, null, "");
    }

    /**
     * As {@link #begin(HandlerInput, Turn, RoutineChoice)}; {@code instead}, when not null, is said
     * in place of the note on what is left out; {@code lead} is said before either.
     */
    private Reply begin(HandlerInput input, Turn turn, RoutineChoice choice, String instead, String lead) {
        Content content = turn.content();
        Routine full = content.catalog().routine(choice.routineId()).orElse(content.catalog().defaultRoutine());
        if (turn.progressAvailable()) {
            turn.next(turn.next().withSkipped(bits(content, turn.progress().skipped())));
        }
        Routine routine = withoutHurt(turn, full);
        turn.next(turn.next().notAsking());
        if (routine.steps().isEmpty()) {
            turn.next(turn.next().asking(Question.OFFER_TOPIC, Topic.SEE_DOCTOR.name()));
            return replies(turn).allHurt();
        }
        long hurtBits = turn.next().hurt();
        List<String> leftOut = names(turn, full, hurtBits);
        List<String> asked = names(turn, full, turn.next().skipped() & ~hurtBits);
        RoutinePlan plan = new RoutinePlan(content, routine);
        Position from = choice.from() == null ? null : toShortened(turn, full, choice.from());
        RoutineEngine.Outcome outcome = from != null && fits(from, plan)
                ? RoutineEngine.resumeAt(routine.id(), from, plan, now(input, turn), turn.next().seen())
                : RoutineEngine.start(routine.id(), choice.continuous(), plan, now(input, turn), turn.next().seen());
        String afterIntro = "";
        Instant now = turn.now();
        if (full.place() != Place.FLOOR) {
            // a chair or bed routine chosen is the user's place from now on: "start my stretches" starts it
            turn.changeProgress(p -> p.withPreferredRoutine(full.id()));
        } else if (from == null && firstTimeOnTheFloor(turn)) {
            afterIntro = content.text(Msg.FLOOR_FIRST_TIME);
            turn.changeProgress(p -> p.withFloorGuideHeard(now));
        }
        String note = (lead + " " + (instead != null ? instead
                : replies(turn).leftOut(leftOut) + " " + replies(turn).leftOutAsked(asked))).strip();
        return render(input, turn, outcome, plan, routine, note, afterIntro);
    }

    /** Catalog index bits of these stretch ids (ids the catalog does not have are ignored). */
    private static long bits(Content content, List<String> stretchIds) {
        long bits = 0;
        for (String id : stretchIds) {
            int index = content.catalog().stretchIndex(id);
            if (index >= 0 && index < 64) {
                bits |= 1L << index;
            }
        }
        return bits;
    }

    /** The names of the routine's stretches whose bits are set, in routine order. */
    private static List<String> names(Turn turn, Routine routine, long bits) {
        return routine.steps().stream().filter(s -> has(bits, turn, s)).map(Routine.Step::stretchId).distinct()
                .map(id -> turn.content().catalog().stretch(id).name()).toList();
    }

    private static boolean has(long bits, Turn turn, Routine.Step step) {
        return (bits & (1L << turn.content().catalog().stretchIndex(step.stretchId()))) != 0;
    }

    /**
     * "No more bridges": remembered in progress, left out of every routine from now on. When it is
     * the stretch playing, the routine goes on with the next one kept; when none is left, it ends.
     */
    Reply skipForGood(HandlerInput input, Turn turn, String stretchId) {
        Content content = turn.content();
        String name = RoutineScript.spoken(content.catalog().stretch(stretchId).name());
        turn.changeProgress(p -> p.withSkipped(stretchId));
        String said = content.format(Msg.SKIP_FOR_GOOD, Map.of("stretch", name));
        RoutineState state = turn.state().routine();
        Routine full = state == null ? null : content.catalog().routine(state.routineId()).orElse(null);
        int fullStep = -1;
        if (full != null) {
            Routine playing = withoutHurt(turn, full);
            int step = Math.min(state.at().step(), playing.steps().size() - 1);
            if (step >= 0 && playing.steps().get(step).stretchId().equals(stretchId)) {
                fullStep = toFull(turn, playing, step);
            }
        }
        long bits = bits(content, List.of(stretchId));
        if (fullStep < 0) {
            keepingPlace(turn, next -> next.withSkipped(bits));
            turn.next(turn.next().notAsking());
            String undo = content.format(Msg.SKIP_FOR_GOOD_UNDO, Map.of("stretch", name));
            return Answers.ask(said, undo, content.text(Msg.FOLLOW_UP_REPROMPT));
        }
        turn.next(turn.next().withSkipped(bits));
        int from = fullStep;
        boolean anyLater = java.util.stream.IntStream.range(from + 1, full.steps().size())
                .anyMatch(i -> !hurt(turn, full.steps().get(i)));
        if (!anyLater) {
            turn.routineSpoke();
            turn.next(turn.next().cleared());
            turn.changeProgress(UserProgress::clearUnfinished);
            return Answers.ask(said, content.text(Msg.SKIP_FOR_GOOD_WAS_LAST),
                    content.text(Msg.FOLLOW_UP_REPROMPT));
        }
        return begin(input, turn, new RoutineChoice(full.id(), state.continuous(), Position.stepStart(from)), said, "");
    }

    /**
     * Changes which stretches are left out while keeping the routine in progress at the same
     * stretch: positions in session state are steps of the shortened routine, so they are moved
     * to where that stretch is in the routine as it is now.
     */
    private static void keepingPlace(Turn turn, java.util.function.UnaryOperator<SessionState> change) {
        RoutineState state = turn.next().routine();
        Routine full = state == null ? null : turn.content().catalog().routine(state.routineId()).orElse(null);
        Routine before = full == null ? null : withoutHurt(turn, full);
        if (before == null || before.steps().isEmpty()) {
            turn.next(change.apply(turn.next()));
            return;
        }
        int fullStep = toFull(turn, before, Math.min(state.at().step(), before.steps().size() - 1));
        turn.next(change.apply(turn.next()));
        Position at = toShortened(turn, full, new Position(fullStep, state.at().side()));
        RoutineState moved = new RoutineState(state.routineId(), at, state.phase(), state.continuous(), state.playedAt(),
                state.seen());
        turn.next(turn.next().withRoutine(moved, turn.next().seen()));
    }

    /** "Bring back bridges" (or every skipped stretch when {@code stretchId} is null). */
    Reply bringBack(Turn turn, String stretchId) {
        Content content = turn.content();
        turn.changeProgress(p -> p.withoutSkipped(stretchId));
        long back = stretchId == null ? -1L : bits(content, List.of(stretchId));
        keepingPlace(turn, next -> next.withoutSkipped(back).notAsking());
        String said = stretchId == null ? content.text(Msg.BRING_BACK_ALL)
                : content.format(Msg.BRING_BACK, Map.of("stretch", RoutineScript.spoken(content.catalog().stretch(stretchId).name())));
        return Answers.ask(said, content.text(Msg.FOLLOW_UP_NEXT), content.text(Msg.FOLLOW_UP_REPROMPT));
    }

    /** A user who has never finished a routine nor heard how to get down to the floor and up. */
    private static boolean firstTimeOnTheFloor(Turn turn) {
        UserProgress progress = turn.progress();
        return turn.progressAvailable() && progress.history().isEmpty() && progress.floorGuideHeardAt() == null;
    }

    /**
     * The routine without the stretches that hurt this session (the same routine when none did).
     * Positions in session state are steps of this shortened routine; saved progress keeps the full
     * routine's steps ({@link #toFull}, {@link #toShortened}).
     */
    static Routine withoutHurt(Turn turn, Routine routine) {
        if (turn.next().leftOut() == 0) {
            return routine;
        }
        return new Routine(routine.id(), routine.name(), routine.summary(), routine.place(),
                routine.steps().stream().filter(s -> !hurt(turn, s)).toList());
    }

    /** The step is left out this session: it hurt, or the user asked never to have it. */
    private static boolean hurt(Turn turn, Routine.Step step) {
        return has(turn.next().leftOut(), turn, step);
    }

    /** A step of the shortened routine as a step of the full one. */
    static int toFull(Turn turn, Routine shortened, int step) {
        Routine full = turn.content().catalog().routine(shortened.id()).orElse(shortened);
        for (int i = 0, kept = 0; i < full.steps().size(); i++) {
            if (!hurt(turn, full.steps().get(i)) && kept++ == step) {
                return i;
            }
        }
        return step;
    }

    /** A place in the full routine as a place in the shortened one (a stretch left out: the next one kept). */
    private static Position toShortened(Turn turn, Routine full, Position at) {
        int kept = 0;
        for (int i = 0; i < Math.min(at.step(), full.steps().size()); i++) {
            if (!hurt(turn, full.steps().get(i))) {
                kept++;
            }
        }
        boolean same = at.step() < full.steps().size() && !hurt(turn, full.steps().get(at.step()));
        return same ? new Position(kept, at.side()) : Position.stepStart(kept);
    }

    /** Applies a navigation event to the routine in progress (or explains there is none). */
    Reply apply(HandlerInput input, Turn turn, Event event) {
        RoutineState state = turn.state().routine();
        Content content = turn.content();
        Optional<Routine> routine = state == null ? Optional.empty()
                : content.catalog().routine(state.routineId()).map(r -> withoutHurt(turn, r));
        if (state != null && (routine.isEmpty() || !fits(state.at(), new RoutinePlan(content, routine.get())))) {
            LOG.warn("routine state does not match the catalog; treated as no routine");
            turn.next(turn.next().withRoutine(null, turn.next().seen()).notAsking());
            return replies(turn).noRoutine(true);
        }
        if (state == null) {
            if (event instanceof Event.Resume && turn.stateValid()) {
                return resumeSaved(input, turn);
            }
            if (event instanceof Event.ItHurts) {
                turn.next(turn.next().asking(Question.OFFER_GENTLE, null));
                return replies(turn).hurts(true);
            }
            turn.next(turn.next().notAsking());
            return replies(turn).noRoutine(!turn.stateValid());
        }
        RoutinePlan plan = new RoutinePlan(content, routine.get());
        RoutineEngine.Outcome outcome = RoutineEngine.apply(state, event, plan, now(input, turn));
        turn.next(turn.next().notAsking());
        return render(input, turn, outcome, plan, routine.get(), "", "");
    }

    /**
     * The routine that fits "a five minute routine", among those done in {@code place}: the longest
     * not over the time asked, else the shortest.
     */
    static Routine forMinutes(Content content, int minutes, Place place) {
        Map<Routine, Long> length = new HashMap<>();
        List<Routine> there = content.catalog().routinesIn(place);
        (there.isEmpty() ? content.catalog().routines() : there)
                .forEach(r -> length.put(r, new RoutineScript(content, r).totalMillis()));
        Comparator<Routine> byLength = Comparator.comparingLong(length::get);
        return length.keySet().stream().filter(r -> length.get(r) <= minutes * 60_000L + 30_000)
                .max(byLength).orElseGet(() -> length.keySet().stream().min(byLength).orElseThrow());
    }

    Reply list(Turn turn) {
        turn.next(turn.next().notAsking());
        // mid-routine, the list is not about the routine in progress: Responses adds how to go back to it
        return replies(turn).list(turn.content().catalog().routines());
    }

    /** The stretch the routine in progress is at (the one "resume" goes back to), or null when none. */
    static String currentStretch(Turn turn) {
        String id = currentStretchId(turn);
        return id == null ? null : RoutineScript.spoken(turn.content().catalog().stretch(id).name());
    }

    /** The id of the stretch the routine in progress is at, or null when none. */
    static String currentStretchId(Turn turn) {
        RoutineState state = turn.next().routine();
        Routine full = state == null ? null : turn.content().catalog().routine(state.routineId()).orElse(null);
        if (full == null) {
            return null;
        }
        Routine routine = withoutHurt(turn, full);
        if (routine.steps().isEmpty()) {
            return null;
        }
        return routine.steps().get(Math.max(0, Math.min(state.at().step(), routine.steps().size() - 1))).stretchId();
    }

    /** The name of the stretch {@code state} is at, in {@code routine} as this session plays it. */
    private static String stretchName(Turn turn, Routine routine, RoutineState state) {
        int step = Math.max(0, Math.min(state.at().step(), routine.steps().size() - 1));
        return turn.content().catalog().stretch(routine.steps().get(step).stretchId()).name();
    }

    Reply help(Turn turn) {
        turn.routineSpoke();
        RoutineState state = turn.state().routine();
        Routine routine = withoutHurt(turn, turn.content().catalog().routine(state.routineId()).orElseThrow());
        return replies(turn).help(routine, stretchName(turn, routine, state));
    }

    Reply fallback(Turn turn) {
        turn.routineSpoke();
        return replies(turn).fallback();
    }

    private Reply render(HandlerInput input, Turn turn, RoutineEngine.Outcome outcome, RoutinePlan plan, Routine routine,
                         String note, String afterIntro) {
        turn.routineSpoke();
        RoutineReplies replies = replies(turn);
        Prompt prompt = outcome.prompt();
        SessionState next = turn.next();
        saveProgress(turn, outcome, routine);
        if (prompt instanceof Prompt.Play play) {
            RoutineReplies.Rendered rendered = replies.play(play, plan, Devices.hasScreen(input), note, afterIntro);
            RoutineState playing = outcome.state().withPlayedAt(outcome.state().playedAt() + rendered.leadInMillis());
            turn.next(next.withRoutine(playing, RoutineEngine.seenAfter(playing, plan)));
            return rendered.reply();
        }
        long seenNow = outcome.state() == null ? seenAfterEnd(turn, plan) : RoutineEngine.seenAfter(outcome.state(), plan);
        turn.next(next.withRoutine(outcome.state(), seenNow));
        if (prompt instanceof Prompt.Paused) {
            return replies.paused();
        } else if (prompt instanceof Prompt.AtFirst) {
            return replies.atFirst();
        } else if (prompt instanceof Prompt.Remaining r) {
            return replies.remaining(r);
        } else if (prompt instanceof Prompt.Describe d) {
            return replies.describe(plan.script(), d.step());
        } else if (prompt instanceof Prompt.Stopped s) {
            turn.next(turn.next().cleared());
            return replies.stopped(s, turn.content().pick(Msg.GOODBYE, turn.random()));
        } else if (prompt instanceof Prompt.Done d) {
            turn.next(turn.next().cleared());
            String streak = streakNote(turn, routine, d.totalMillis());
            Integer before = ratedBeforeToday(turn);
            if (before == null) {
                return replies.done(routine, d.totalMillis(), streak);
            }
            // rated before the routine today, not yet after: "how's your back now?"
            turn.next(turn.next().asking(Question.RATE_AFTER, String.valueOf(before)));
            return new RatingReplies(turn.content()).doneAsking(replies.doneSpeech(routine, d.totalMillis(), streak));
        } else if (prompt instanceof Prompt.Hurts h) {
            // the stretch that hurt never comes back this session: not in the gentle routine, not after "next"
            String stretch = routine.steps().get(h.step()).stretchId();
            turn.next(turn.next().withHurt(turn.content().catalog().stretchIndex(stretch)));
            Routine gentle = turn.content().catalog().routine(RoutineEngine.GENTLE).orElse(null);
            // the gentle routine is on the floor: someone stretching in a chair or in bed is not sent there
            boolean offerGentle = h.offerGentle() && routine.place() == Place.FLOOR && gentle != null
                    && !withoutHurt(turn, gentle).steps().isEmpty();
            turn.next(offerGentle ? turn.next().asking(Question.OFFER_GENTLE, null)
                    : turn.next().asking(Question.OFFER_TOPIC, Topic.SEE_DOCTOR.name()));
            return replies.hurts(offerGentle);
        }
        return replies.noRoutine(false);
    }

    /**
     * Queues what the outcome means for stored progress: the place to resume (on pause and stop; the
     * session-end request saves it when the user walks away), or the finished session. Moving from
     * stretch to stretch writes nothing, so a routine step costs no storage round trip.
     */
    private static void saveProgress(Turn turn, RoutineEngine.Outcome outcome, Routine routine) {
        Instant now = turn.now();
        Prompt prompt = outcome.prompt();
        if (prompt instanceof Prompt.Paused) {
            Position at = outcome.state().at();
            int step = toFull(turn, routine, at.step());
            turn.changeProgress(p -> p.saveUnfinished(new SavedRoutine(routine.id(), step, at.side(), now)));
        } else if (prompt instanceof Prompt.Stopped s && s.done() > 0 && s.done() < s.total()) {
            int step = toFull(turn, routine, s.done());
            turn.changeProgress(p -> p.saveUnfinished(new SavedRoutine(routine.id(), step, 0, now)));
        } else if (prompt instanceof Prompt.Done d) {
            LocalDate today = turn.today();
            int seconds = (int) (d.totalMillis() / 1000);
            turn.changeProgress(p -> p.recordCompletion(today, routine.id(), seconds).clearUnfinished()
                    .withPreferredRoutine(routine.id()));
        } else if (prompt instanceof Prompt.Hurts) {
            turn.changeProgress(UserProgress::clearUnfinished);
        }
    }

    /** Today's latest rating before a routine, when it has no rating after yet; else null. */
    private static Integer ratedBeforeToday(Turn turn) {
        if (!turn.progressAvailable()) {
            return null;
        }
        List<BackRating> ratings = turn.progress().backRatings();
        BackRating last = ratings.isEmpty() ? null : ratings.get(ratings.size() - 1);
        boolean open = last != null && last.date().equals(turn.today()) && last.before() != null && last.after() == null;
        return open ? Math.max(0, Math.min(RatingWords.TOP, last.before())) : null;
    }

    /** "That's 3 days in a row." after a finished routine, from the stored history; null when there is nothing to say. */
    private static String streakNote(Turn turn, Routine routine, long totalMillis) {
        if (!turn.progressAvailable()) {
            return null;
        }
        UserProgress after = turn.progress().recordCompletion(turn.today(), routine.id(), (int) (totalMillis / 1000));
        return new ProgressReplies(turn.content()).streakNote(after.streak(turn.today()));
    }

    private static long seenAfterEnd(Turn turn, RoutinePlan plan) {
        RoutineState before = turn.state().routine();
        return before == null ? turn.next().seen() : RoutineEngine.seenAfter(before, plan);
    }

    /** The position exists in this routine. */
    private static boolean fits(Position at, RoutinePlan plan) {
        return at.step() < plan.stepCount() && at.side() < plan.script().sideCount(at.step());
    }

    private RoutineReplies replies(Turn turn) {
        return new RoutineReplies(turn.content(), mode);
    }

    private static long now(HandlerInput input, Turn turn) {
        return TurnInterceptor.requestTime(input, turn.now()).toEpochMilli();
    }
}
