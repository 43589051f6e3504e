package coach.backrelief.skill;

import coach.backrelief.faults.Faults;
import coach.backrelief.content.Content;
import coach.backrelief.content.Msg;
import coach.backrelief.speech.Answers;
import coach.backrelief.speech.Reply;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.Reminder;
import com.amazon.ask.model.services.reminderManagement.ReminderManagementService;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.amazon.ask.request.Predicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A daily stretch reminder through the Alexa Reminders API ({@code POST /v1/alerts/reminders},
 * the SDK's reminder-management client, the request's {@code apiEndpoint} and token).
 *
 * <p>"Remind me to stretch every morning at eight": without a time, the time slot is asked for
 * (Dialog.ElicitSlot); without the reminders permission, Alexa asks for it by voice
 * ({@code Connections.SendRequest} AskFor, the time carried in the token) and the answer comes
 * back as a {@code Connections.Response}; then one recurring reminder (daily, in the user's time
 * zone) is created and the time is said back. "Stop reminding me" deletes this skill's
 * reminders. Every failure (401/403: the permission, with a consent card; 429; others, timeouts)
 * gets a short spoken answer and one log line.
 */
final class ReminderHandler implements RequestHandler {
    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** The AskFor token: this prefix and the time ("brc-reminder|08:00"). */
    static final String TOKEN = "brc-reminder|";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderHandler.class);
    private final SkillConfig config;

    ReminderHandler(SkillConfig config) {
        this.config = config;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.isAny(Intent.SET_REMINDER, Intent.STOP_REMINDER).test(input)
                || (input.matches(Predicates.requestType(ConnectionsResponse.class))
                && ((ConnectionsResponse) input.getRequest()).getToken() != null
                && ((ConnectionsResponse) input.getRequest()).getToken().startsWith(TOKEN));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Content c = turn.content();
        turn.next(turn.next().notAsking());
        if (input.getRequest() instanceof ConnectionsResponse answer) {
            return answered(input, turn, answer);
        }
        if (input.getServiceClientFactory() == null || system(input) == null
                || system(input).getApiAccessToken() == null) {
            return Responses.send(input, then(c, c.text(Msg.REMINDER_NOT_HERE)));
        }
        if (Intents.isAny(Intent.STOP_REMINDER).test(input)) {
            return Responses.send(input, stop(input, c));
        }
        Optional<LocalTime> time = Intents.slotValue(input, Slot.TIME).flatMap(ReminderHandler::parse);
        if (time.isEmpty()) {
            input.getResponseBuilder().addElicitSlotDirective(Slot.TIME.slotName(), askingForTime(input));
            return Responses.send(input, Answers.ask(c.text(Msg.REMINDER_ASK_TIME), "",
                    c.text(Msg.REMINDER_ASK_TIME_REPROMPT)));
        }
        if (!granted(input)) {
            // Alexa asks for the permission itself; only the directive goes back (no speech, no reprompt)
            return input.getResponseBuilder()
                    .addDirective(SendRequestDirective.builder().withName("AskFor")
                            .withPayload(Map.of("@type", "AskForPermissionsConsentRequest", "@version", "1",
                                    "permissionScope", SCOPE))
                            .withToken(TOKEN + time.get())
                            .build())
                    .build();
        }
        return create(input, turn, time.get());
    }

    private Optional<Response> answered(HandlerInput input, Turn turn, ConnectionsResponse answer) {
        Content c = turn.content();
        Object status = answer.getPayload() == null ? null : answer.getPayload().get("status");
        Optional<LocalTime> time = parse(answer.getToken().substring(TOKEN.length()));
        if (!"ACCEPTED".equals(status) || time.isEmpty()) {
            return Responses.send(input, then(c, c.text(Msg.REMINDER_DENIED)));
        }
        return create(input, turn, time.get());
    }

    private Optional<Response> create(HandlerInput input, Turn turn, LocalTime at) {
        Content c = turn.content();
        ZoneId zone = UserTimeZone.zone(input, config.zones());
        LocalDateTime now = LocalDateTime.ofInstant(turn.now(), zone).withNano(0);
        LocalDateTime first = now.toLocalDate().atTime(at);
        if (!first.isAfter(now)) {
            first = first.plusDays(1);
        }
        String locale = input.getRequest().getLocale() == null ? "en-US" : input.getRequest().getLocale();
        ReminderRequest request = ReminderRequest.builder()
                .withRequestTime(turn.now().atZone(zone).toOffsetDateTime())
                .withTrigger(Trigger.builder().withType(TriggerType.SCHEDULED_ABSOLUTE)
                        .withScheduledTime(first)
                        .withTimeZoneId(zone.getId())
                        .withRecurrence(Recurrence.builder().withStartDateTime(first)
                                .addRecurrenceRulesItem("FREQ=DAILY;BYHOUR=" + at.getHour() + ";BYMINUTE="
                                        + at.getMinute() + ";BYSECOND=0;INTERVAL=1;")
                                .build())
                        .build())
                .withAlertInfo(AlertInfo.builder().withSpokenInfo(SpokenInfo.builder()
                        .addContentItem(SpokenText.builder().withLocale(locale).withText(c.text(Msg.REMINDER_TEXT)).build())
                        .build()).build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
        try {
            reminders(input).createReminder(request);
        } catch (ServiceException e) {
            return Responses.send(input, failure(input, c, e.getStatusCode()));
        } catch (RuntimeException e) {
            LOG.warn("reminder not created: {}", Faults.describe(e));
            return Responses.send(input, then(c, c.text(Msg.REMINDER_FAILED)));
        }
        String spoken = at.format(DateTimeFormatter.ofPattern(at.getMinute() == 0 ? "h a" : "h:mm a",
                Locale.forLanguageTag(locale)));
        return Responses.send(input, then(c, c.format(Msg.REMINDER_SET, Map.of("time", spoken))));
    }

    private Reply stop(HandlerInput input, Content c) {
        try {
            List<Reminder> alerts = reminders(input).getReminders().getAlerts();
            if (alerts == null || alerts.isEmpty()) {
                return then(c, c.text(Msg.REMINDER_NONE));
            }
            for (Reminder reminder : alerts) {
                reminders(input).deleteReminder(reminder.getAlertToken());
            }
            return then(c, c.text(Msg.REMINDER_STOPPED));
        } catch (ServiceException e) {
            if (e.getStatusCode() == 401 || e.getStatusCode() == 403) {
                // without the permission this skill cannot have set one
                return then(c, c.text(Msg.REMINDER_NONE));
            }
            LOG.warn("reminders not deleted: the Reminders API answered {}", e.getStatusCode());
        } catch (RuntimeException e) {
            LOG.warn("reminders not deleted: {}", Faults.describe(e));
        }
        return then(c, c.text(Msg.REMINDER_STOP_FAILED));
    }

    private static Reply failure(HandlerInput input, Content c, int status) {
        LOG.warn("reminder not created: the Reminders API answered {}", status);
        if (status == 401 || status == 403) {
            input.getResponseBuilder().withAskForPermissionsConsentCard(List.of(SCOPE));
            return then(c, c.text(Msg.REMINDER_NEED_PERMISSION));
        }
        Msg msg = status == 429 ? Msg.REMINDER_BUSY : Msg.REMINDER_FAILED;
        return then(c, c.text(msg));
    }

    /** A sentence, then "What would you like to do now?" (also the reprompt): the session stays open. */
    private static Reply then(Content c, String statement) {
        return Answers.ask(statement, c.text(Msg.REMINDER_NEXT), c.text(Msg.REMINDER_NEXT));
    }

    private static ReminderManagementService reminders(HandlerInput input) {
        return input.getServiceClientFactory().getReminderManagementService();
    }

    private static com.amazon.ask.model.interfaces.system.SystemState system(HandlerInput input) {
        return input.getRequestEnvelope().getContext() == null ? null : input.getRequestEnvelope().getContext().getSystem();
    }

    /** The user granted the reminders permission (it shows in the request's user permissions). */
    private static boolean granted(HandlerInput input) {
        var user = system(input).getUser();
        if (user == null || user.getPermissions() == null) {
            return false;
        }
        Map<String, Scope> scopes = user.getPermissions().getScopes();
        Scope scope = scopes == null ? null : scopes.get(SCOPE);
        return scope != null ? scope.getStatus() == PermissionStatus.GRANTED : user.getPermissions().getConsentToken() != null;
    }

    /** AMAZON.TIME values: "08:00", "8:30", or a part of the day (MO, AF, EV, NI). */
    static Optional<LocalTime> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip()) {
            case "MO" -> Optional.of(LocalTime.of(8, 0));
            case "AF" -> Optional.of(LocalTime.of(14, 0));
            case "EV" -> Optional.of(LocalTime.of(18, 0));
            case "NI" -> Optional.of(LocalTime.of(20, 0));
            default -> {
                var m = java.util.regex.Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)").matcher(value.strip());
                yield m.matches() ? Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                        : Optional.empty();
            }
        };
    }

    /**
     * The intent sent back with the time question: its name and an empty time slot only, so nothing
     * the request carried (other slots, a long value) is echoed into the response.
     */
    private static com.amazon.ask.model.Intent askingForTime(HandlerInput input) {
        var heard = ((IntentRequest) input.getRequest()).getIntent();
        return com.amazon.ask.model.Intent.builder().withName(heard.getName())
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .putSlotsItem(Slot.TIME.slotName(), com.amazon.ask.model.Slot.builder().withName(Slot.TIME.slotName())
                        .withConfirmationStatus(SlotConfirmationStatus.NONE).build())
                .build();
    }
}
