package coach.backrelief.skill;

import coach.backrelief.content.ContentRepository;
import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;

import java.time.Duration;

/**
 * Builds the skill: the one place where handlers, interceptors and collaborators are wired.
 * Lambda, the local commands and the tests all build their skill here. The application id is checked
 * before the SDK, by {@link coach.backrelief.envelope.GatedSkill} (the SDK's own check fails on a missing context).
 *
 * <p>Registration order is design: the first handler whose {@code canHandle} matches wins, so
 * the triage of the user's own words comes first (a red flag beats every other intent), the
 * catch-alls last.
 */
public final class SkillFactory {
    private SkillFactory() {
    }

    public static Skill create(SkillConfig config) {
        ContentRepository content = new ContentRepository();
        Routines routines = new Routines(config.audioMode());
        CustomSkillBuilder builder = new CustomSkillBuilder();
        return builder
                // the Alexa service clients (the settings API for the user's time zone) call through this
                .withApiClient(new HttpApiClient(Duration.ofMillis(300), Duration.ofMillis(700)))
                .addRequestInterceptor(new TurnInterceptor(content, config))
                .addResponseInterceptor(new StateSaver())
                .addResponseInterceptor(new ProgressSaver())
                .addRequestHandlers(
                        // a rating answers its question before the triage reads the words, red flags excepted
                        new RatingHandler(routines),
                        new TriageHandler(routines),
                        new PendingQuestionHandler(routines),
                        new LaunchHandler(),
                        new RoutineStartHandler(routines),
                        new PlaceHandler(),
                        new SkipForGoodHandler(routines),
                        new ProgressHandler(routines),
                        new ReminderHandler(config),
                        new YesNoHandler(routines),
                        new RoutineControlHandler(routines),
                        new TopicHandler(),
                        new HelpHandler(),
                        new StopHandler(),
                        new RepeatHandler(),
                        new NavigateHomeHandler(),
                        new FallbackHandler(),
                        new QuietHandler())
                .addExceptionHandler(new LastResortExceptionHandler(content))
                .build();
    }
}
