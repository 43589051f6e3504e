package coach.backrelief.skill;

import coach.backrelief.content.Content;
import coach.backrelief.content.ContentException;
import coach.backrelief.knowledge.Assessment;
import coach.backrelief.knowledge.RedFlag;
import coach.backrelief.knowledge.Sensation;
import coach.backrelief.knowledge.Topic;
import coach.backrelief.knowledge.Triage;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import coach.backrelief.progress.ProgressRead;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.UserProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The context of one request, made once by {@link TurnInterceptor}: the locale's content, the
 * decoded session state, and the injected random source and time. Handlers set {@link #next} and
 * the {@link StateSaver} writes it back.
 */
public final class Turn {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Turn.class);
    static final String ATTRIBUTE = "turn";
    /** The triage prefix key for an answer to {@link Question#SYMPTOM_WHERE}. */
    static final String SYMPTOM_WHERE_ANSWER = "answer.SYMPTOM_WHERE";
    /** Intents that words stand for only while a routine runs ("ow" idle is a question about pain, not a stretch to stop). */
    private static final java.util.Set<String> ROUTINE_ONLY = java.util.Set.of(Intent.IT_HURTS.modelName(),
            Intent.PAUSE.modelName(), Intent.PREVIOUS.modelName(), Intent.SKIP.modelName(),
            Intent.ROUTINE_STATUS.modelName(), Intent.DESCRIBE_STRETCH.modelName(), Intent.START_OVER.modelName(),
            Intent.NEXT.modelName(), Intent.RESUME.modelName());

    private final Content content;
    private final RandomGenerator random;
    private final Instant now;
    private final SessionState state;
    private final boolean stateValid;
    private final java.util.function.Supplier<LocalDate> todaySource;
    private LocalDate today;
    private final ProgressService progressService;
    private final String userId;
    private final String freeText;
    private final String symptomId;
    private final boolean slotResolved;
    private final String commandId;
    private final String intentName;
    private Assessment assessment;
    private String effectiveIntent;
    private SessionState next;
    private boolean routineSpoke;
    private ProgressRead progressRead;
    private UnaryOperator<UserProgress> progressChange;
    private boolean progressAfterAnswer;

    Turn(Content content, RandomGenerator random, Instant now, java.util.function.Supplier<LocalDate> today,
         SessionState state, boolean stateValid,
         ProgressService progressService, String userId, String intentName, String freeText, String symptomId,
         boolean slotResolved, String commandId) {
        this.content = content;
        this.random = random;
        this.now = now;
        this.todaySource = today;
        this.state = state;
        this.stateValid = stateValid;
        this.next = state;
        this.progressService = progressService;
        this.userId = userId;
        this.intentName = intentName == null ? "" : intentName;
        this.freeText = freeText;
        this.symptomId = symptomId;
        this.slotResolved = slotResolved;
        this.commandId = commandId;
    }

    /**
     * What the triage makes of the user's words in this request (every slot that carries words,
     * and the resolved symptom), read once, on first use. An answer to "is it in both legs…?" is
     * read together with what it answers ("numbness or weakness in" + the answer).
     */
    public Assessment assessment() {
        if (assessment == null) {
            Assessment fromWords = Assessment.NOTHING;
            if (!freeText.isEmpty()) {
                try {
                    Triage triage = content.triage();
                    String answering = state.question() == Question.SYMPTOM_WHERE
                            ? triage.prefix(SYMPTOM_WHERE_ANSWER) + " " : "";
                    fromWords = triage.understand(intentName, answering + freeText);
                } catch (ContentException e) {
                    // a broken triage file must not cost a red flag that Alexa resolved in the slot
                    LOG.error("triage unavailable for {}: {}", content.locale(), e.getMessage());
                }
            }
            Assessment fromSlot = symptomId == null ? Assessment.NOTHING
                    : RedFlag.forId(symptomId).map(Assessment::of)
                    .or(() -> Sensation.forId(symptomId).map(s -> Assessment.askWhere()))
                    .orElse(Assessment.NOTHING);
            assessment = fromWords.orMoreUrgent(fromSlot);
        }
        return assessment;
    }

    /**
     * The intent this request stands for. For the free-text intents (whose words reach the code
     * through a SearchQuery slot) it is what the words ask for when they carry no red flag: "let's
     * carry on" said to {@code DescribeSymptomIntent} is {@code AMAZON.ResumeIntent}, "is heat any
     * good" is {@code HeatColdIntent}. Otherwise it is the intent Alexa sent.
     */
    public String intent() {
        if (effectiveIntent == null) {
            effectiveIntent = intentName;
            if (Intent.forName(intentName).filter(this::readsWords).isPresent()) {
                Assessment a = assessment();
                if (a.flag().isEmpty() && !a.clarify()) {
                    boolean inRoutine = state.routine() != null;
                    Optional<String> asked = (inRoutine ? a.act() : a.intent())
                            .filter(i -> inRoutine || !ROUTINE_ONLY.contains(i))
                            // "wait, should I ice it afterwards?" asks a question; answering it is the pause
                            .filter(i -> !(i.equals(Intent.PAUSE.modelName()) && a.topic().isPresent()));
                    effectiveIntent = asked.or(() -> a.topic().map(Topic::intentName))
                            .or(this::commandNamed).orElse(intentName);
                }
            }
            if (state.routine() != null && effectiveIntent.equals(Intent.NO_FLOOR.modelName())) {
                // mid-stretch, "I can't kneel" asks for this stretch's easier version (cat cow in a chair)
                effectiveIntent = Intent.DESCRIBE_STRETCH.modelName();
            }
        }
        return effectiveIntent;
    }

    /** The intent a {@code CommandIntent}'s opening words resolved to ("freeze" → pause), when the words said no more. */
    private Optional<String> commandNamed() {
        return Optional.ofNullable(commandId).flatMap(id -> java.util.Arrays.stream(Intent.values())
                        .filter(i -> i.name().equals(id)).findFirst())
                .map(Intent::modelName).filter(i -> state.routine() != null || !ROUTINE_ONLY.contains(i));
    }

    /**
     * True when what the request stands for is in its words: the SearchQuery intents, and a topic or
     * symptom intent whose slot Alexa filled with words its type does not list ("swimming, is that okay").
     */
    private boolean readsWords(Intent intent) {
        return intent.isFreeText()
                || (!slotResolved && !freeText.isEmpty() && (intent == Intent.TOPIC || intent == Intent.SYMPTOM_REPORT));
    }

    /** A slot's resolved id as the request stands for it: from Alexa, or from free words ("the easy one" → GENTLE). */
    Optional<String> understoodSlot(Slot slot) {
        if (!freeText.isEmpty() && !intent().equals(intentName)) {
            Assessment a = assessment();
            if (slot == Slot.ROUTINE) {
                return a.routine();
            }
            if (slot == Slot.MINUTES) {
                return a.minutes().map(String::valueOf);
            }
        }
        return Optional.empty();
    }

    /** True when the request carried any words of the user's own (a slot value, not a number). */
    /** The words the request carried (a SearchQuery slot's), or "". */
    public String words() {
        return freeText;
    }

    public boolean hasWords() {
        return !freeText.isEmpty();
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

    /** Marks this turn's answer as the routine's own (it says where the user is and how to go on). */
    void routineSpoke() {
        routineSpoke = true;
    }

    boolean spokeRoutine() {
        return routineSpoke;
    }

    public void next(SessionState state) {
        this.next = state;
    }

    /** The user's date in their time zone. */
    public LocalDate today() {
        if (today == null) {
            today = todaySource.get();
        }
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

    /**
     * As {@link #changeProgress}, and the turn's whole change is written in the background after
     * the answer is sent, never waited for (a red flag's answer must not wait for storage).
     */
    public void changeProgressAfterAnswer(UnaryOperator<UserProgress> change) {
        changeProgress(change);
        progressAfterAnswer = true;
    }

    boolean progressAfterAnswer() {
        return progressAfterAnswer;
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
