package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.routine.Event;
import coach.backrelief.routine.Prompt;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.RoutineEngine;
import coach.backrelief.routine.RoutineState;
import coach.backrelief.speech.Reply;
import coach.backrelief.speech.RoutineReplies;
import coach.backrelief.speech.RoutinePlan;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs guided routines for the handlers: the safety question before the first routine of a
 * session, the engine's transitions, and rendering, with the session state that follows.
 */
final class Routines {
    private static final Logger LOG = LoggerFactory.getLogger(Routines.class);

    private final RoutineReplies.AudioMode mode;

    Routines(RoutineReplies.AudioMode mode) {
        this.mode = mode;
    }

    /** Starts a routine, asking the safety question first when it was not answered this session. */
    Reply start(HandlerInput input, Turn turn, RoutineChoice choice) {
        if (!turn.next().screened()) {
            turn.next(turn.next().asking(Question.SAFETY_SCREEN, choice.token()).said(null));
            return replies(turn).safetyScreen();
        }
        return begin(input, turn, choice);
    }

    /** "Yes" to an offer to stretch: the routine given, or the default when null. */
    Reply offerAccepted(HandlerInput input, Turn turn, String routineId) {
        String id = routineId == null ? turn.content().catalog().defaultRoutine().id() : routineId;
        return start(input, turn, new RoutineChoice(id, false));
    }

    /** "No" to the safety question: remember it for the session and start the routine. */
    Reply screenPassed(HandlerInput input, Turn turn, RoutineChoice choice) {
        turn.next(turn.next().markScreened());
        return begin(input, turn, choice);
    }

    /** Starts a routine now (the safety question was answered). */
    Reply begin(HandlerInput input, Turn turn, RoutineChoice choice) {
        Content content = turn.content();
        Routine routine = content.catalog().routine(choice.routineId()).orElse(content.catalog().defaultRoutine());
        RoutinePlan plan = new RoutinePlan(content, routine);
        RoutineEngine.Outcome outcome = RoutineEngine.start(routine.id(), choice.continuous(), plan,
                now(input, turn), turn.next().seen());
        turn.next(turn.next().notAsking());
        return render(input, turn, outcome, plan, routine);
    }

    /** Applies a navigation event to the routine in progress (or explains there is none). */
    Reply apply(HandlerInput input, Turn turn, Event event) {
        RoutineState state = turn.state().routine();
        Content content = turn.content();
        Optional<Routine> routine = state == null ? Optional.empty() : content.catalog().routine(state.routineId());
        if (state != null && (routine.isEmpty() || !fits(state, new RoutinePlan(content, routine.get())))) {
            LOG.warn("routine state does not match the catalog; treated as no routine");
            turn.next(turn.next().withRoutine(null, turn.next().seen()).notAsking());
            return replies(turn).noRoutine(true);
        }
        if (state == null) {
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
        return render(input, turn, outcome, plan, routine.get());
    }

    /** The routine that fits "a five minute routine": the longest not over the time asked, else the shortest. */
    static Routine forMinutes(Content content, int minutes) {
        List<Routine> all = content.catalog().routines();
        Comparator<Routine> byLength = Comparator.comparingLong(r -> new RoutinePlan(content, r).script().totalMillis());
        return all.stream().filter(r -> new RoutinePlan(content, r).script().totalMillis() <= (minutes * 60_000L + 30_000))
                .max(byLength).orElseGet(() -> all.stream().min(byLength).orElseThrow());
    }

    Reply list(Turn turn) {
        turn.next(turn.next().notAsking());
        return replies(turn).list(turn.content().catalog().routines());
    }

    Reply help(Turn turn) {
        RoutineState state = turn.state().routine();
        Routine routine = turn.content().catalog().routine(state.routineId()).orElseThrow();
        int step = Math.min(state.at().step(), routine.steps().size() - 1);
        return replies(turn).help(routine, turn.content().catalog().stretch(routine.steps().get(step).stretchId()).name());
    }

    Reply fallback(Turn turn) {
        return replies(turn).fallback();
    }

    private Reply render(HandlerInput input, Turn turn, RoutineEngine.Outcome outcome, RoutinePlan plan, Routine routine) {
        RoutineReplies replies = replies(turn);
        Prompt prompt = outcome.prompt();
        SessionState next = turn.next();
        long seenNow = outcome.state() == null ? seenAfterEnd(turn, plan) : RoutineEngine.seenAfter(outcome.state(), plan);
        if (prompt instanceof Prompt.Play play) {
            RoutineReplies.Rendered rendered = replies.play(play, plan, Devices.hasScreen(input));
            RoutineState playing = outcome.state().withPlayedAt(outcome.state().playedAt() + rendered.leadInMillis());
            turn.next(next.withRoutine(playing, RoutineEngine.seenAfter(playing, plan)));
            return rendered.reply();
        }
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
            turn.next(SessionState.EMPTY);
            return replies.stopped(s, turn.content().pick(Msg.GOODBYE, turn.random()));
        } else if (prompt instanceof Prompt.Done d) {
            turn.next(SessionState.EMPTY);
            return replies.done(routine, d.totalMillis(), null);
        } else if (prompt instanceof Prompt.Hurts h) {
            turn.next(h.offerGentle() ? turn.next().asking(Question.OFFER_GENTLE, null)
                    : turn.next().asking(Question.OFFER_TOPIC, Topic.SEE_DOCTOR.name()));
            return replies.hurts(h.offerGentle());
        }
        return replies.noRoutine(false);
    }

    private static long seenAfterEnd(Turn turn, RoutinePlan plan) {
        RoutineState before = turn.state().routine();
        return before == null ? turn.next().seen() : RoutineEngine.seenAfter(before, plan);
    }

    /** The decoded position exists in this routine. */
    private static boolean fits(RoutineState state, RoutinePlan plan) {
        return state.at().step() < plan.stepCount() && state.at().side() < plan.script().sideCount(state.at().step());
    }

    private RoutineReplies replies(Turn turn) {
        return new RoutineReplies(turn.content(), mode);
    }

    private static long now(HandlerInput input, Turn turn) {
        return TurnInterceptor.requestTime(input, turn.now()).toEpochMilli();
    }
}
