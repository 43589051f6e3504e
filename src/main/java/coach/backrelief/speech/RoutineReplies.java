package coach.backrelief.speech;

import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.routine.Plan;
import coach.backrelief.routine.Position;
import coach.backrelief.routine.Prompt;
import coach.backrelief.routine.Routine;
import coach.backrelief.routine.Stretch;

import java.util.List;
import java.util.Map;

/** Turns the routine engine's prompts into replies: audio (APL-A or SSML), card and screen. */
public final class RoutineReplies {

    /** How timed audio is delivered. */
    public enum AudioMode { APLA, SSML }

    /** A reply, and how long its audio speaks before the first stretch item starts (for locating pauses). */
    public record Rendered(Reply reply, long leadInMillis) {
    }

    private final Content content;
    private final AudioMode mode;

    public RoutineReplies(Content content, AudioMode mode) {
        this.content = content;
        this.mode = mode;
    }

    /**
     * After the first stretch, the whole prompt ("Say next when you're ready, or repeat to do it
     * again."); after later ones a shorter one, a different wording from one stretch to the next.
     */
    String stepPrompt(int step) {
        List<String> shorter = content.variants(Msg.ROUTINE_STEP_PROMPT_SHORT);
        return step == 0 || shorter.isEmpty() ? content.text(Msg.ROUTINE_STEP_PROMPT)
                : shorter.get((step - 1) % shorter.size());
    }

    public Rendered play(Prompt.Play play, RoutinePlan plan, boolean screen) {
        return play(play, plan, screen, "");
    }

    /** As {@link #play(Prompt.Play, RoutinePlan, boolean)}, with a note said first (its time counts in the lead-in). */
    public Rendered play(Prompt.Play play, RoutinePlan plan, boolean screen, String note) {
        return play(play, plan, screen, note, "");
    }

    /**
     * As {@link #play(Prompt.Play, RoutinePlan, boolean, String)}, with {@code afterIntro} said after the
     * routine's introduction ("Let's do the quick routine: …") and before its first stretch.
     */
    public Rendered play(Prompt.Play play, RoutinePlan plan, boolean screen, String note, String afterIntro) {
        RoutineScript script = plan.script();
        Position first = play.chunk().get(0).position();
        boolean explained = play.explained().get(0);
        // a start is the introduction, then the first stretch's transition (what a "next" lead-in says)
        String cue = afterIntro.isEmpty() || play.lead() != Prompt.Lead.START
                ? script.leadIn(play.lead(), first, explained)
                : script.intro() + " " + afterIntro + " " + script.leadIn(Prompt.Lead.NEXT, first, explained);
        String leadIn = note.isEmpty() ? cue : note + " " + cue;
        Timeline audio = new Timeline(script.pace()).say(leadIn);
        List<Timeline> items = plan.timelines(play.chunk(), play.explained());
        items.forEach(audio::addAll);
        Msg closing = play.endsRoutine() ? Msg.ROUTINE_LAST_PROMPT
                : play.continuous() ? Msg.ROUTINE_CONTINUE_PROMPT : Msg.ROUTINE_STEP_PROMPT;
        int lastStep = play.chunk().get(play.chunk().size() - 1).position().step();
        Msg reprompt = play.endsRoutine() ? Msg.ROUTINE_LAST_REPROMPT
                : play.continuous() ? Msg.ROUTINE_CONTINUE_REPROMPT : Msg.ROUTINE_STEP_REPROMPT;
        audio.say(closing == Msg.ROUTINE_STEP_PROMPT ? stepPrompt(lastStep) : content.text(closing));

        Reply.Builder reply = Reply.builder().ask(Ssml.create().say(content.text(reprompt)));
        if (mode == AudioMode.APLA) {
            reply.audio(new Reply.Document("routine", AudioRenderer.apla(audio), Map.of()));
        } else {
            reply.speech(AudioRenderer.ssml(audio));
        }
        reply.card(cardTitle(script, play.chunk()), cardText(script, play.chunk()));
        if (screen) {
            reply.screen(StretchScreen.document(content, script, play.chunk(), items, script.pace().speechMillis(leadIn)));
        }
        return new Rendered(reply.build(), script.pace().speechMillis(leadIn));
    }

    private String cardTitle(RoutineScript script, List<Plan.Played> chunk) {
        Position first = chunk.get(0).position();
        return content.format(Msg.ROUTINE_SCREEN_TITLE, Map.of("number", first.step() + 1,
                "total", script.routine().steps().size())) + ": " + script.stretch(first.step()).name();
    }

    private String cardText(RoutineScript script, List<Plan.Played> chunk) {
        StringBuilder text = new StringBuilder();
        int lastStep = -1;
        for (Plan.Played item : chunk) {
            int step = item.position().step();
            if (step == lastStep) {
                continue;
            }
            lastStep = step;
            text.append(text.length() == 0 ? "" : "\n\n").append(describeText(script, step));
        }
        return text.append("\n\n").append(content.text(Msg.CARD_DISCLAIMER)).toString();
    }

    /** Full instructions of a step: name, position, movement, and the caution or easier variant. */
    String describeText(RoutineScript script, int step) {
        Stretch stretch = script.stretch(step);
        Routine.Step s = script.routine().steps().get(step);
        String movement = stretch.movement();
        String amount = s.seconds() > 0 ? Durations.spoken(content, s.seconds() * 1000L) : s.reps() + "×";
        return stretch.name() + " (" + amount + "). " + stretch.position() + " " + movement + " " + stretch.caution()
                + " " + stretch.easier();
    }

    public Reply describe(RoutineScript script, int step) {
        Stretch stretch = script.stretch(step);
        String movement = stretch.movement();
        return Reply.builder()
                .speech(Ssml.create().say(stretch.name() + ".").say(stretch.position()).say(movement)
                        .say(stretch.caution()).say(stretch.easier()).say(content.text(Msg.ROUTINE_DESCRIBE_PROMPT)))
                .ask(Ssml.create().say(content.text(Msg.ROUTINE_DESCRIBE_PROMPT)))
                .card(stretch.name(), describeText(script, step))
                .build();
    }

    public Reply remaining(Prompt.Remaining r) {
        String status = content.format(Msg.ROUTINE_STATUS, Map.of("number", r.stepNumber(), "total", r.total()));
        int left = r.total() - r.stepNumber();
        String rest = left == 0 ? content.text(Msg.ROUTINE_STATUS_LAST)
                : content.format(Msg.ROUTINE_STATUS_LEFT, Map.of("left", left,
                "time", Durations.spoken(content, r.millisAfterCurrent())));
        return Reply.builder()
                .speech(Ssml.create().say(status).say(rest).say(content.text(Msg.ROUTINE_STATUS_PROMPT)))
                .ask(Ssml.create().say(content.text(Msg.ROUTINE_STEP_REPROMPT)))
                .build();
    }

    public Reply paused() {
        return Answers.ask(content.text(Msg.ROUTINE_PAUSED), "", content.text(Msg.ROUTINE_PAUSED_REPROMPT));
    }

    public Reply atFirst() {
        return Answers.ask(content.text(Msg.ROUTINE_AT_FIRST), content.text(Msg.ROUTINE_STEP_PROMPT),
                content.text(Msg.ROUTINE_STEP_REPROMPT));
    }

    public Reply stopped(Prompt.Stopped s, String goodbye) {
        String said = s.done() == 0 ? content.text(Msg.ROUTINE_STOPPED_NONE)
                : content.format(Msg.ROUTINE_STOPPED, Map.of("done", s.done(), "total", s.total()));
        // part way through, the place is saved: say how to get back to it
        String comeBack = s.done() > 0 && s.done() < s.total() ? " " + content.text(Msg.ROUTINE_COME_BACK) : "";
        return Answers.tell(said + comeBack + " " + goodbye);
    }

    public Reply done(Routine routine, long totalMillis, String extra) {
        return Answers.tell(doneSpeech(routine, totalMillis, extra));
    }

    /** "Well done. That's the quick routine finished, …" with {@code extra} (the streak, or null) after it. */
    public String doneSpeech(Routine routine, long totalMillis, String extra) {
        String said = content.format(Msg.ROUTINE_DONE, Map.of("name", routine.name(),
                "time", Durations.spoken(content, totalMillis)));
        return extra == null ? said : said + " " + extra;
    }

    /** Every stretch of the routine asked for has hurt this session: no routine, advice instead. */
    public Reply allHurt() {
        return Answers.ask(content.text(Msg.ROUTINE_ALL_HURT), content.text(Msg.ROUTINE_HURTS_OFFER_DOCTOR),
                content.text(Msg.ROUTINE_HURTS_OFFER_DOCTOR));
    }

    /** "I've left out bridge this time, since it hurt." for each stretch left out, or "". */
    public String leftOut(List<String> stretchNames) {
        return eachName(Msg.ROUTINE_LEFT_OUT, stretchNames);
    }

    /** "I've left out bridge, as you asked." for each stretch the user skipped for good. */
    public String leftOutAsked(List<String> stretchNames) {
        return eachName(Msg.ROUTINE_LEFT_OUT_ASKED, stretchNames);
    }

    private String eachName(Msg msg, List<String> stretchNames) {
        StringBuilder note = new StringBuilder();
        for (String name : stretchNames) {
            note.append(note.length() == 0 ? "" : " ").append(content.format(msg, Map.of("name", RoutineScript.spoken(name))));
        }
        return note.toString();
    }

    public Reply hurts(boolean offerGentle) {
        String offer = content.text(offerGentle ? Msg.ROUTINE_HURTS_OFFER_GENTLE : Msg.ROUTINE_HURTS_OFFER_DOCTOR);
        return Reply.builder()
                .speech(Ssml.create().say(content.text(Msg.ROUTINE_HURTS)).say(offer))
                .ask(Ssml.create().say(offer))
                .card(content.text(Msg.RED_FLAG_CARD_TITLE), content.text(Msg.ROUTINE_HURTS))
                .build();
    }

    public Reply noRoutine(boolean lost) {
        return Answers.ask(content.text(lost ? Msg.ROUTINE_LOST : Msg.ROUTINE_NONE), content.text(Msg.ROUTINE_START_PROMPT),
                content.text(Msg.ROUTINE_START_PROMPT));
    }

    public Reply noSavedRoutine() {
        return Answers.ask(content.text(Msg.RESUME_NONE), content.text(Msg.ROUTINE_START_PROMPT),
                content.text(Msg.ROUTINE_START_PROMPT));
    }

    public Reply list(List<Routine> routines) {
        Ssml speech = Ssml.create().say(content.format(Msg.ROUTINE_LIST_INTRO, Map.of("count", routines.size())));
        for (Routine routine : routines) {
            speech.say(content.format(Msg.ROUTINE_LIST_ITEM, Map.of("name", routine.name(), "summary", routine.summary(),
                    "time", Durations.spoken(content, new RoutineScript(content, routine).totalMillis()))));
        }
        speech.say(content.text(Msg.ROUTINE_LIST_PROMPT));
        return Reply.builder().speech(speech).ask(Ssml.create().say(content.text(Msg.ROUTINE_LIST_REPROMPT))).build();
    }

    public Reply help(Routine routine, String stretchName) {
        return Answers.ask(content.format(Msg.ROUTINE_HELP, Map.of("name", routine.name(), "stretch", stretchName)), "",
                content.text(Msg.ROUTINE_HELP_REPROMPT));
    }

    public Reply fallback() {
        return Answers.ask(content.text(Msg.ROUTINE_FALLBACK), "", content.text(Msg.ROUTINE_HELP_REPROMPT));
    }

    public Reply safetyScreen() {
        return Answers.ask(content.text(Msg.ROUTINE_SCREEN), "", content.text(Msg.ROUTINE_SCREEN_REPROMPT));
    }
}
