package coach.backrelief.json;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.DialogState;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Person;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.Runtime;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.audioplayer.AudioPlayerInterface;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.interfaces.connections.ConnectionsStatus;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.interfaces.systemUnit.Unit;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the ASK SDK's own model objects ({@link RequestEnvelope} and what it holds, through their
 * builders) from an envelope read by {@link JsonTree}, without Jackson databind. It covers what Alexa
 * sends an audio skill: LaunchRequest, IntentRequest (slots with entity resolutions, dialog state),
 * SessionEndedRequest, APL UserEvent and Connections.Response; session, user, permissions and
 * application; {@code context.System} with device, supported interfaces (AudioPlayer, APL), API
 * endpoint and token, person and unit. Anything else (another request type, a field or interface
 * it does not model, a value of another JSON type) gives {@link Optional#empty()}: the caller then
 * hands the bytes to the SDK's Jackson path unchanged, so the model never depends on which path
 * read it.
 *
 * <p>Where the SDK ignores a field (its model has no place for it), the reader ignores it too; the
 * fields known to be ignored are listed, every other unknown field means "not covered".
 */
public final class EnvelopeReader {
    /** A value this reader does not cover: the envelope goes to the SDK's path. */
    private static final class NotCovered extends RuntimeException {
        NotCovered() {
            super(null, null, false, false);
        }
    }

    private static final NotCovered NOT_COVERED = new NotCovered();

    private EnvelopeReader() {
    }

    /** The SDK model of the envelope, or empty when the reader does not cover all of it. */
    public static Optional<RequestEnvelope> read(Map<String, Object> envelope) {
        try {
            return Optional.of(envelope(envelope));
        } catch (NotCovered | DateTimeParseException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static RequestEnvelope envelope(Map<String, Object> json) {
        only(json, Set.of("version", "session", "context", "request"), Set.of());
        return RequestEnvelope.builder()
                .withVersion(text(json, "version"))
                .withSession(object(json, "session") == null ? null : session(object(json, "session")))
                .withContext(object(json, "context") == null ? null : context(object(json, "context")))
                .withRequest(object(json, "request") == null ? null : request(object(json, "request")))
                .build();
    }

    private static Session session(Map<String, Object> json) {
        only(json, Set.of("new", "sessionId", "user", "attributes", "application"), Set.of());
        Map<String, Object> attributes = object(json, "attributes");
        return Session.builder()
                .withNew(bool(json, "new"))
                .withSessionId(text(json, "sessionId"))
                .withUser(object(json, "user") == null ? null : user(object(json, "user")))
                .withAttributes(attributes == null ? null : new LinkedHashMap<>(attributes))
                .withApplication(object(json, "application") == null ? null : application(object(json, "application")))
                .build();
    }

    private static Application application(Map<String, Object> json) {
        only(json, Set.of("applicationId"), Set.of());
        return Application.builder().withApplicationId(text(json, "applicationId")).build();
    }

    private static User user(Map<String, Object> json) {
        only(json, Set.of("userId", "accessToken", "permissions"), Set.of());
        Map<String, Object> permissions = object(json, "permissions");
        return User.builder()
                .withUserId(text(json, "userId"))
                .withAccessToken(text(json, "accessToken"))
                .withPermissions(permissions == null ? null : permissions(permissions))
                .build();
    }

    private static Permissions permissions(Map<String, Object> json) {
        only(json, Set.of("consentToken", "scopes"), Set.of());
        Map<String, Object> scopes = object(json, "scopes");
        Map<String, Scope> read = null;
        if (scopes != null) {
            read = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : scopes.entrySet()) {
                Map<String, Object> scope = asObject(e.getValue());
                if (scope != null) {
                    only(scope, Set.of("status"), Set.of());
                }
                read.put(e.getKey(), scope == null ? null : Scope.builder().withStatus(text(scope, "status")).build());
            }
        }
        return Permissions.builder().withConsentToken(text(json, "consentToken")).withScopes(read).build();
    }

    private static Context context(Map<String, Object> json) {
        only(json, Set.of("System"), Set.of());
        Map<String, Object> system = object(json, "System");
        return Context.builder().withSystem(system == null ? null : system(system)).build();
    }

    private static SystemState system(Map<String, Object> json) {
        only(json, Set.of("application", "user", "device", "person", "unit", "apiEndpoint", "apiAccessToken"), Set.of());
        Map<String, Object> person = object(json, "person");
        Map<String, Object> unit = object(json, "unit");
        if (person != null) {
            only(person, Set.of("personId", "accessToken"), Set.of());
        }
        if (unit != null) {
            only(unit, Set.of("unitId", "persistentUnitId"), Set.of());
        }
        return SystemState.builder()
                .withApplication(object(json, "application") == null ? null : application(object(json, "application")))
                .withUser(object(json, "user") == null ? null : user(object(json, "user")))
                .withDevice(object(json, "device") == null ? null : device(object(json, "device")))
                .withPerson(person == null ? null
                        : Person.builder().withPersonId(text(person, "personId")).withAccessToken(text(person, "accessToken")).build())
                .withUnit(unit == null ? null
                        : Unit.builder().withUnitId(text(unit, "unitId")).withPersistentUnitId(text(unit, "persistentUnitId")).build())
                .withApiEndpoint(text(json, "apiEndpoint"))
                .withApiAccessToken(text(json, "apiAccessToken"))
                .build();
    }

    private static Device device(Map<String, Object> json) {
        only(json, Set.of("deviceId", "persistentEndpointId", "supportedInterfaces"), Set.of());
        Map<String, Object> interfaces = object(json, "supportedInterfaces");
        return Device.builder()
                .withDeviceId(text(json, "deviceId"))
                .withPersistentEndpointId(text(json, "persistentEndpointId"))
                .withSupportedInterfaces(interfaces == null ? null : interfaces(interfaces))
                .build();
    }

    private static SupportedInterfaces interfaces(Map<String, Object> json) {
        // the SDK's model has no place for APL for Audio: it ignores it, and so does this reader
        only(json, Set.of("AudioPlayer", "Alexa.Presentation.APL"), Set.of("Alexa.Presentation.APLA"));
        SupportedInterfaces.Builder builder = SupportedInterfaces.builder();
        if (json.containsKey("AudioPlayer")) {
            Map<String, Object> audio = object(json, "AudioPlayer");
            if (audio != null && !audio.isEmpty()) {
                throw NOT_COVERED;
            }
            builder.withAudioPlayer(audio == null ? null : AudioPlayerInterface.builder().build());
        }
        if (json.containsKey("Alexa.Presentation.APL")) {
            Map<String, Object> apl = object(json, "Alexa.Presentation.APL");
            Runtime runtime = null;
            if (apl != null) {
                only(apl, Set.of("runtime"), Set.of());
                Map<String, Object> r = object(apl, "runtime");
                if (r != null) {
                    only(r, Set.of("maxVersion"), Set.of());
                    runtime = Runtime.builder().withMaxVersion(text(r, "maxVersion")).build();
                }
            }
            builder.withAlexaPresentationAPL(apl == null ? null : AlexaPresentationAplInterface.builder().withRuntime(runtime).build());
        }
        return builder.build();
    }

    // ---- requests ----

    private static final Set<String> BASE = Set.of("type", "requestId", "timestamp", "locale");

    private static Request request(Map<String, Object> json) {
        String type = text(json, "type");
        if (type == null) {
            throw NOT_COVERED;
        }
        return switch (type) {
            case "LaunchRequest" -> {
                only(json, BASE, Set.of("shouldLinkResultBeReturned"));
                yield LaunchRequest.builder().withRequestId(text(json, "requestId"))
                        .withTimestamp(timestamp(json)).withLocale(text(json, "locale")).build();
            }
            case "IntentRequest" -> intentRequest(json);
            case "SessionEndedRequest" -> sessionEnded(json);
            case "Alexa.Presentation.APL.UserEvent" -> userEvent(json);
            case "Connections.Response" -> connectionsResponse(json);
            default -> throw NOT_COVERED;
        };
    }

    private static IntentRequest intentRequest(Map<String, Object> json) {
        only(json, plus(BASE, "dialogState", "intent"), Set.of());
        String dialogState = text(json, "dialogState");
        return IntentRequest.builder().withRequestId(text(json, "requestId"))
                .withTimestamp(timestamp(json)).withLocale(text(json, "locale"))
                .withDialogState(dialogState == null ? null : known(DialogState.fromValue(dialogState)))
                .withIntent(object(json, "intent") == null ? null : intent(object(json, "intent")))
                .build();
    }

    private static Intent intent(Map<String, Object> json) {
        only(json, Set.of("name", "slots", "confirmationStatus"), Set.of());
        Map<String, Object> slots = object(json, "slots");
        Map<String, Slot> read = null;
        if (slots != null) {
            read = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : slots.entrySet()) {
                Map<String, Object> slot = asObject(e.getValue());
                read.put(e.getKey(), slot == null ? null : slot(slot));
            }
        }
        return Intent.builder().withName(text(json, "name")).withSlots(read)
                .withConfirmationStatus(text(json, "confirmationStatus")).build();
    }

    private static Slot slot(Map<String, Object> json) {
        only(json, Set.of("name", "value", "confirmationStatus", "resolutions"), Set.of("source"));
        Map<String, Object> resolutions = object(json, "resolutions");
        return Slot.builder().withName(text(json, "name")).withValue(text(json, "value"))
                .withConfirmationStatus(text(json, "confirmationStatus"))
                .withResolutions(resolutions == null ? null : resolutions(resolutions))
                .build();
    }

    private static Resolutions resolutions(Map<String, Object> json) {
        only(json, Set.of("resolutionsPerAuthority"), Set.of());
        List<Object> perAuthority = array(json, "resolutionsPerAuthority");
        List<Resolution> read = null;
        if (perAuthority != null) {
            read = new ArrayList<>(perAuthority.size());
            for (Object item : perAuthority) {
                Map<String, Object> resolution = asObject(item);
                read.add(resolution == null ? null : resolution(resolution));
            }
        }
        return Resolutions.builder().withResolutionsPerAuthority(read).build();
    }

    private static Resolution resolution(Map<String, Object> json) {
        only(json, Set.of("authority", "status", "values"), Set.of());
        Map<String, Object> status = object(json, "status");
        if (status != null) {
            only(status, Set.of("code"), Set.of());
        }
        List<Object> values = array(json, "values");
        List<ValueWrapper> read = null;
        if (values != null) {
            read = new ArrayList<>(values.size());
            for (Object item : values) {
                Map<String, Object> wrapper = asObject(item);
                if (wrapper == null) {
                    read.add(null);
                    continue;
                }
                only(wrapper, Set.of("value"), Set.of());
                Map<String, Object> value = object(wrapper, "value");
                if (value != null) {
                    only(value, Set.of("name", "id"), Set.of());
                }
                read.add(ValueWrapper.builder().withValue(value == null ? null
                        : Value.builder().withName(text(value, "name")).withId(text(value, "id")).build()).build());
            }
        }
        return Resolution.builder().withAuthority(text(json, "authority"))
                .withStatus(status == null ? null : Status.builder().withCode(text(status, "code")).build())
                .withValues(read).build();
    }

    private static SessionEndedRequest sessionEnded(Map<String, Object> json) {
        only(json, plus(BASE, "reason", "error"), Set.of());
        String reason = text(json, "reason");
        Map<String, Object> error = object(json, "error");
        if (error != null) {
            only(error, Set.of("type", "message"), Set.of());
        }
        return SessionEndedRequest.builder().withRequestId(text(json, "requestId"))
                .withTimestamp(timestamp(json)).withLocale(text(json, "locale"))
                .withReason(reason == null ? null : known(SessionEndedReason.fromValue(reason)))
                .withError(error == null ? null
                        : SessionEndedError.builder().withType(text(error, "type")).withMessage(text(error, "message")).build())
                .build();
    }

    private static UserEvent userEvent(Map<String, Object> json) {
        only(json, plus(BASE, "token", "arguments"), Set.of());
        List<Object> arguments = array(json, "arguments");
        return UserEvent.builder().withRequestId(text(json, "requestId"))
                .withTimestamp(timestamp(json)).withLocale(text(json, "locale"))
                .withToken(text(json, "token"))
                .withArguments(arguments == null ? null : new ArrayList<>(arguments))
                .build();
    }

    private static ConnectionsResponse connectionsResponse(Map<String, Object> json) {
        only(json, plus(BASE, "status", "name", "payload", "token"), Set.of());
        Map<String, Object> status = object(json, "status");
        if (status != null) {
            only(status, Set.of("code", "message"), Set.of());
        }
        Map<String, Object> payload = object(json, "payload");
        return ConnectionsResponse.builder().withRequestId(text(json, "requestId"))
                .withTimestamp(timestamp(json)).withLocale(text(json, "locale"))
                .withStatus(status == null ? null
                        : ConnectionsStatus.builder().withCode(text(status, "code")).withMessage(text(status, "message")).build())
                .withName(text(json, "name"))
                .withPayload(payload == null ? null : new LinkedHashMap<>(payload))
                .withToken(text(json, "token"))
                .build();
    }

    // ---- values ----

    /** Every key of {@code json} is one the reader models or one the SDK ignores; otherwise not covered. */
    private static void only(Map<String, Object> json, Set<String> modelled, Set<String> ignoredBySdk) {
        for (String key : json.keySet()) {
            if (!modelled.contains(key) && !ignoredBySdk.contains(key)) {
                throw NOT_COVERED;
            }
        }
    }

    private static Set<String> plus(Set<String> base, String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw NOT_COVERED;
    }

    private static Boolean bool(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw NOT_COVERED;
    }

    private static Map<String, Object> object(Map<String, Object> json, String key) {
        return asObject(json.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw NOT_COVERED;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null || value instanceof List) {
            return (List<Object>) value;
        }
        throw NOT_COVERED;
    }

    /** As the SDK reads it: the instant, at UTC. */
    private static OffsetDateTime timestamp(Map<String, Object> json) {
        String text = text(json, "timestamp");
        return text == null ? null : OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** An enum value the SDK knows (not its "unknown to this SDK version"). */
    private static <E extends Enum<E>> E known(E value) {
        if (value == null || value.name().equals("UNKNOWN_TO_SDK_VERSION")) {
            throw NOT_COVERED;
        }
        return value;
    }
}
