package coach.backrelief.skill;

import coach.backrelief.content.Msg;
import coach.backrelief.speech.Answers;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * "Don't give me bridges any more" / "skip this one for good": the stretch named (or, with no
 * name, the one playing) is left out of every routine from now on, remembered in progress; "bring
 * back bridges" (or "bring back all my stretches") undoes it.
 */
final class SkipForGoodHandler implements RequestHandler {
    private final Routines routines;

    SkipForGoodHandler(Routines routines) {
        this.routines = routines;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.SKIP_FOR_GOOD, Intent.BRING_BACK).test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Optional<String> named = Intents.resolvedId(input, Slot.STRETCH)
                .filter(id -> turn.content().catalog().stretchIndex(id) >= 0)
                .or(() -> namedIn(turn, turn.words()));
        if (Intents.isAny(Intent.BRING_BACK).test(input)) {
            return Responses.send(input, routines.bringBack(turn, named.orElse(null)));
        }
        Optional<String> stretch = named.or(() -> Optional.ofNullable(Routines.currentStretchId(turn)));
        if (stretch.isEmpty()) {
            turn.next(turn.next().notAsking());
            String which = turn.content().text(Msg.SKIP_FOR_GOOD_WHICH);
            return Responses.send(input, Answers.ask("", which, which));
        }
        return Responses.send(input, routines.skipForGood(input, turn, stretch.get()));
    }

    /**
     * A stretch named in the user's own words, when Alexa did not resolve one: the longest stretch
     * name (or its plural or singular: "bridges", "pelvic tilt") that the words contain.
     */
    static Optional<String> namedIn(Turn turn, String words) {
        var triage = turn.content().triage();
        String said = " " + String.join(" ", triage.tokens(words)) + " ";
        String best = null;
        int bestLength = 0;
        for (String id : turn.content().catalog().stretchIds()) {
            String name = String.join(" ", triage.tokens(turn.content().catalog().stretch(id).name()));
            String other = name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "s";
            for (String form : new String[]{name, other}) {
                if (form.length() > bestLength && said.contains(" " + form + " ")) {
                    best = id;
                    bestLength = form.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
