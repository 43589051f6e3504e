package coach.backrelief.skill;

import coach.backrelief.faults.Faults;
import coach.backrelief.progress.Zones;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.services.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The user's time zone, for "today" in streaks and "this week": read from the Alexa Settings API
 * ({@code /v2/devices/{deviceId}/settings/System.timeZone}, through the SDK's UPS service client,
 * with the request's {@code apiEndpoint} and {@code apiAccessToken}) only when a turn needs
 * "today", at most once per session (the answer, or the failure, is kept in the session attribute
 * {@value #ATTRIBUTE}). Any failure (no device or token, an error status, a timeout, a zone id
 * Java does not know) means the skill's fallback zone ({@code DEFAULT_TIME_ZONE}, else UTC),
 * with one log line.
 */
final class UserTimeZone {
    static final String ATTRIBUTE = "tz";
    /** Kept in the session when the lookup failed, so it is not tried again. */
    private static final String FAILED = "-";
    private static final Logger LOG = LoggerFactory.getLogger(UserTimeZone.class);

    private UserTimeZone() {
    }

    /** The user's date now. */
    static LocalDate today(HandlerInput input, Zones zones, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone(input, zones));
    }

    /** The user's zone (the fallback when it cannot be read). */
    static java.time.ZoneId zone(HandlerInput input, Zones zones) {
        String zone = zoneId(input);
        return zones.zoneOf(FAILED.equals(zone) ? null : zone);
    }

    private static String zoneId(HandlerInput input) {
        Map<String, Object> session = input.getRequestEnvelope().getSession() == null ? null
                : input.getAttributesManager().getSessionAttributes();
        if (session != null && session.get(ATTRIBUTE) instanceof String known && known.length() <= 64) {
            return known;
        }
        String zone = ask(input);
        if (session != null) {
            session.put(ATTRIBUTE, zone);
        }
        return zone;
    }

    private static String ask(HandlerInput input) {
        var context = input.getRequestEnvelope().getContext();
        var system = context == null ? null : context.getSystem();
        String deviceId = system == null || system.getDevice() == null ? null : system.getDevice().getDeviceId();
        if (deviceId == null || system.getApiAccessToken() == null || system.getApiEndpoint() == null
                || input.getServiceClientFactory() == null) {
            return FAILED;
        }
        try {
            String zone = input.getServiceClientFactory().getUpsService().getSystemTimeZone(deviceId);
            return zone == null || zone.isBlank() || zone.length() > 64 ? FAILED : zone;
        } catch (ServiceException e) {
            LOG.warn("time zone not read: settings API answered {}; using the default zone", e.getStatusCode());
        } catch (RuntimeException e) {
            LOG.warn("time zone not read: {}; using the default zone", Faults.describe(e));
        }
        return FAILED;
    }
}
