package coach.backrelief.skill;

import coach.backrelief.content.Content;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import coach.backrelief.progress.ProgressRead;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.UserProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
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
    private final LocalDate today;
    private final ProgressService progressService;
    private final String userId;
    private SessionState next;
    private ProgressRead progressRead;
    private UnaryOperator<UserProgress> progressChange;

    Turn(Content content, RandomGenerator random, Instant now, LocalDate today, SessionState state, boolean stateValid,
         ProgressService progressService, String userId) {
        this.content = content;
        this.random = random;
        this.now = now;
        this.today = today;
        this.state = state;
        this.stateValid = stateValid;
        this.next = state;
        this.progressService = progressService;
        this.userId = userId;
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

    /** The user's date in their time zone. */
    public LocalDate today() {
        return today;
    }

    /** The stored progress (read on first use); an empty record when none is stored or the store failed. */
    public UserProgress progress() {
        return progressRead().progress();
    }

    /** False when the store could not be read this time (so say nothing about progress). */
    public boolean progressAvailable() {
        return progressRead().available();
    }

    ProgressRead progressRead() {
        if (progressRead == null) {
            progressRead = userId == null ? ProgressRead.unavailable() : progressService.read(userId);
        }
        return progressRead;
    }

    /** Queues a change to the stored progress, written once after the response (see {@link ProgressSaver}). */
    public void changeProgress(UnaryOperator<UserProgress> change) {
        UnaryOperator<UserProgress> before = progressChange;
        progressChange = before == null ? change : p -> change.apply(before.apply(p));
    }

    UnaryOperator<UserProgress> progressChange() {
        return progressChange;
    }

    String userId() {
        return userId;
    }

    ProgressService progressService() {
        return progressService;
    }
}
