package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Prompt;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.Stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the spoken timeline of a routine's stretches from the locale's content: how to get into
 * position, then the timed part with its cues, then release, then the other side.
 *
 * <p>Timed parts: a hold of D seconds says its start cue at 0, "20 seconds left" at D-20 (holds of
 * 30 s and more), "10 more" at D-10, counts down 5…1 in the last five seconds, and says the release
 * cue at exactly D. Alternating movement (a breathing movement) speaks its two cues in turn every few
 * seconds up to the end, the last one a breath out, with no countdown. Repetitions speak each
 * repetition's cues at their offsets, the count ("That's 3.") with the last cue.
 *
 * <p>Before the timed part starts there is time to get into position: the first time a stretch is
 * explained, "Take a moment to get comfortable." and {@value #SETTLE_EXPLAINED_MILLIS} ms in all;
 * otherwise (the other side, a stretch already explained) {@value #SETTLE_MILLIS} ms of silence.
 * The hold announced is measured from its start cue, after that time.
 */
public final class RoutineScript {
    /** Seconds between a repetition stretch's start cue and its first repetition. */
    static final double REPS_LEAD_SECONDS = 3;
    /** From the end of the setup to the start cue, the first time a stretch is explained. */
    static final long SETTLE_EXPLAINED_MILLIS = 4_000;
    /** From the end of the setup to the start cue, otherwise. */
    static final long SETTLE_MILLIS = 2_500;

    private final Content content;
    private final Routine routine;
    private final Pace pace;

    public RoutineScript(Content content, Routine routine) {
        this.content = content;
        this.routine = routine;
        this.pace = Pace.of(content);
    }

    /** How long this locale's speech takes. */
    public Pace pace() {
        return pace;
    }

    public Routine routine() {
        return routine;
    }

    public Stretch stretch(int step) {
        return content.catalog().stretch(routine.steps().get(step).stretchId());
    }

    public int sideCount(int step) {
        return stretch(step).sideCount();
    }

    /**
     * One step-side of the routine. The first item of a response gets its opening words from
     * {@link #leadIn}; later items (continuous play) say "Next, …" themselves.
     */
    public Timeline item(Position at, boolean explained, boolean firstInResponse) {
        Routine.Step step = routine.steps().get(at.step());
        Stretch stretch = stretch(at.step());
        Timeline t = new Timeline(pace);
        if (at.side() == 0) {
            if (!firstInResponse) {
                t.say(transition(at.step(), explained));
            }
            if (explained) {
                t.say(stretch.position());
                t.say(stretch.kind() == Stretch.Kind.HOLD ? stretch.sides().get(0) : stretch.how());
                t.say(step.easier() ? stretch.easier() : stretch.caution());
            } else {
                if (stretch.kind() == Stretch.Kind.HOLD) {
                    t.say(stretch.sides().get(0));
                }
                if (step.easier()) {
                    t.say(stretch.easier());
                }
            }
        } else {
            t.say(content.text(Msg.CUE_SWITCH));
            t.say(stretch.sides().get(at.side()));
        }
        boolean firstSetup = explained && at.side() == 0;
        t.add(settled(timed(step, stretch), firstSetup ? SETTLE_EXPLAINED_MILLIS : SETTLE_MILLIS,
                firstSetup ? content.text(Msg.CUE_SETTLE) : null));
        return t;
    }

    /** The words that open a response, by why it plays (start, next, resume, …). */
    public String leadIn(Prompt.Lead lead, Position at, boolean explained) {
        String name = spoken(stretch(at.step()).name());
        Map<String, String> values = Map.of("stretch", name);
        return switch (lead) {
            case START -> join(intro(), transition(at.step(), explained));
            case START_OVER -> join(content.text(Msg.ROUTINE_START_OVER), transition(at.step(), explained));
            case SKIP -> join(content.text(Msg.ROUTINE_SKIP), transition(at.step(), explained));
            case NEXT -> transition(at.step(), explained);
            case REPEAT -> content.format(Msg.ROUTINE_REPEAT, values);
            case PREVIOUS -> content.format(Msg.ROUTINE_PREVIOUS, values);
            case RESUME -> content.format(Msg.ROUTINE_RESUME, values);
        };
    }

    /** "Let's do the quick routine: 3 stretches, about 3 minutes. …" */
    public String intro() {
        return content.format(routine.steps().size() == 1 ? Msg.ROUTINE_INTRO_ONE : Msg.ROUTINE_INTRO, Map.of("name", routine.name(), "count", routine.steps().size(),
                "time", Durations.spoken(content, totalMillis())));
    }

    /** Time of the whole routine done for the first time (full instructions), lead-ins and prompts aside. */
    public long totalMillis() {
        long total = 0;
        for (int step = 0; step < routine.steps().size(); step++) {
            for (int side = 0; side < sideCount(step); side++) {
                total += item(new Position(step, side), true, step == 0).durationMillis();
            }
        }
        return total;
    }

    private String transition(int step, boolean explained) {
        Stretch stretch = stretch(step);
        if (!explained) {
            return stretch.again();
        }
        Msg msg = step == 0 ? Msg.ROUTINE_FIRST : step == routine.steps().size() - 1 ? Msg.ROUTINE_LAST : Msg.ROUTINE_NEXT;
        return content.format(msg, Map.of("stretch", spoken(stretch.name())));
    }

    /** A stretch name inside a sentence: "Next, knee to chest." */
    public static String spoken(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    Timeline.Timed timed(Routine.Step step, Stretch stretch) {
        return switch (stretch.kind()) {
            case HOLD -> hold(step.seconds(), fill(stretch.start(), step), stretch.release(), List.of());
            case ALTERNATE -> breathing(step.seconds(), fill(stretch.start(), step), stretch);
            case REPS -> reps(step.reps(), stretch, fill(stretch.start(), step));
        };
    }

    /** The timed part moved {@code millis} later, with {@code cue} (when not null) said at its start. */
    private static Timeline.Timed settled(Timeline.Timed timed, long millis, String cue) {
        List<Timeline.Cue> cues = new ArrayList<>();
        if (cue != null) {
            cues.add(new Timeline.Cue(0, cue, Timeline.Role.CUE));
        }
        timed.cues().forEach(c -> cues.add(new Timeline.Cue(c.atMillis() + millis, c.text(), c.role())));
        return new Timeline.Timed(cues, timed.releaseMillis() + millis, timed.pace());
    }

    /**
     * A breathing movement: its cues in turn every {@code alternateSeconds} up to the end, arranged
     * so that the last is the last cue of the list (a breath out), then the release at D; no countdown.
     */
    private Timeline.Timed breathing(int seconds, String start, Stretch stretch) {
        List<Timeline.Cue> cues = new ArrayList<>();
        cues.add(new Timeline.Cue(0, start, Timeline.Role.START));
        List<String> turns = stretch.alternate();
        long every = Math.round(stretch.alternateSeconds() * 1000);
        long end = seconds * 1000L;
        int count = (int) ((end - 1) / every);
        int first = Math.floorMod(turns.size() - count, turns.size());
        for (int k = 1; k <= count; k++) {
            cues.add(new Timeline.Cue(k * every, turns.get((first + k - 1) % turns.size()), Timeline.Role.CUE));
        }
        cues.add(new Timeline.Cue(end, stretch.release(), Timeline.Role.RELEASE));
        return new Timeline.Timed(cues, end, pace);
    }

    private Timeline.Timed hold(int seconds, String start, String release, List<Timeline.Cue> middle) {
        List<Timeline.Cue> cues = new ArrayList<>();
        cues.add(new Timeline.Cue(0, start, Timeline.Role.START));
        cues.addAll(middle);
        if (middle.isEmpty()) {
            if (seconds >= 30) {
                cues.add(cue(seconds - 20, content.format(Msg.CUE_LEFT, Map.of("n", 20))));
            }
            if (seconds >= 15) {
                cues.add(cue(seconds - 10, content.format(Msg.CUE_MORE, Map.of("n", 10))));
            }
        }
        for (int n = 5; n >= 1; n--) {
            cues.add(cue(seconds - n, content.format(Msg.CUE_COUNT, Map.of("n", n))));
        }
        cues.add(new Timeline.Cue(seconds * 1000L, release, Timeline.Role.RELEASE));
        return new Timeline.Timed(cues, seconds * 1000L, pace);
    }

    private Timeline.Timed reps(int count, Stretch stretch, String start) {
        List<Timeline.Cue> cues = new ArrayList<>();
        cues.add(new Timeline.Cue(0, start, Timeline.Role.START));
        List<Stretch.RepCue> rep = stretch.reps();
        for (int r = 0; r < count; r++) {
            double base = REPS_LEAD_SECONDS + r * stretch.repSeconds();
            for (int c = 0; c < rep.size(); c++) {
                String text = rep.get(c).text();
                if (c == rep.size() - 1) {
                    text = text + " " + content.format(Msg.CUE_REP_DONE, Map.of("n", r + 1));
                }
                cues.add(new Timeline.Cue(Math.round((base + rep.get(c).atSeconds()) * 1000), text, Timeline.Role.CUE));
            }
        }
        long release = Math.round((REPS_LEAD_SECONDS + count * stretch.repSeconds()) * 1000);
        cues.add(new Timeline.Cue(release, stretch.release(), Timeline.Role.RELEASE));
        return new Timeline.Timed(cues, release, pace);
    }

    private static Timeline.Cue cue(int atSeconds, String text) {
        return new Timeline.Cue(atSeconds * 1000L, text, Timeline.Role.CUE);
    }

    private static String fill(String text, Routine.Step step) {
        return Content.fill(text, Map.of("seconds", step.seconds(), "reps", step.reps()));
    }

    private static String join(String a, String b) {
        return a + " " + b;
    }
}
