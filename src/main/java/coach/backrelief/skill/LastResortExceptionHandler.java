package coach.backrelief.skill;

import coach.backrelief.faults.Faults;
import coach.backrelief.content.Content;
import coach.backrelief.content.ContentRepository;
import coach.backrelief.content.Msg;
import coach.backrelief.speech.Answers;
import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Anything unexpected: logged once, and the user hears a short apology with a prompt. */
final class LastResortExceptionHandler implements ExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LastResortExceptionHandler.class);

    private final ContentRepository contentRepository;

    LastResortExceptionHandler(ContentRepository contentRepository) {
        this.contentRepository = contentRepository;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("request {} failed: {}", input.getRequest().getType(), Faults.describeWithPlace(throwable));
        if (input.getRequest() instanceof com.amazon.ask.model.SessionEndedRequest) {
            return Responses.send(input, coach.backrelief.speech.Reply.empty());
        }
        Content c = contentRepository.forLocale(input.getRequest().getLocale());
        return Responses.send(input, Answers.ask(c.text(Msg.ERROR), c.text(Msg.ERROR_REPROMPT), c.text(Msg.ERROR_REPROMPT)));
    }
}
