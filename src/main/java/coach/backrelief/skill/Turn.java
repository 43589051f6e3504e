package coach.backrelief.skill;

import coach.backrelief.content.Content;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The context of one request, made once by {@link TurnInterceptor}: the locale's content, the
 * decoded session state, and the injected random source and time. Handlers set {@link #next} and
 * the {@link StateSaver} writes it back.
 */
public final class Turn {
    static final String ATTRIBUTE = "turn";

    private final Content content;
    private final RandomGenerator random;
    private final Instant now;
    private final SessionState state;
    private final boolean stateValid;
    private SessionState next;

    Turn(Content content, RandomGenerator random, Instant now, SessionState state, boolean stateValid) {
        this.content = content;
        this.random = random;
        this.now = now;
        this.state = state;
        this.stateValid = stateValid;
        this.next = state;
    }

    public static Turn of(HandlerInput input) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(ATTRIBUTE);
        if (!(turn instanceof Turn t)) {
            throw new IllegalStateException("TurnInterceptor did not run");
        }
        return t;
    }

    public Content content() {
        return content;
    }

    public RandomGenerator random() {
        return random;
    }

    public Instant now() {
        return now;
    }

    /** The state the session arrived with. */
    public SessionState state() {
        return state;
    }

    /** False when the session carried state that could not be read (stale or tampered). */
    public boolean stateValid() {
        return stateValid;
    }

    public SessionState next() {
        return next;
    }

    public void next(SessionState state) {
        this.next = state;
    }
}
