package coach.backrelief.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The user's time zone, which decides what "today" is for streaks and "this week".
 *
 * <p>Alexa requests do not carry the device's zone; a skill only learns it by calling the
 * settings API ({@code /v2/devices/{deviceId}/settings/System.timeZone}). When the caller has it,
 * pass it to {@link #zoneOf}. Otherwise (or when it is not a valid zone id) the fallback is the
 * skill's configured zone, {@code DEFAULT_TIME_ZONE} (e.g. {@code America/New_York}), else UTC.
 * With the fallback a session just after the user's midnight may count for the previous day.
 */
public final class Zones {
    private static final Logger LOG = LoggerFactory.getLogger(Zones.class);
    private final ZoneId fallback;

    public Zones(ZoneId fallback) {
        this.fallback = fallback;
    }

    /** Reads {@code DEFAULT_TIME_ZONE}; missing or invalid means UTC (invalid is logged once). */
    public static Zones fromEnvironment() {
        return new Zones(parse(System.getenv("DEFAULT_TIME_ZONE"), ZoneOffset.UTC, true));
    }

    public ZoneId fallback() {
        return fallback;
    }

    /** The zone named by {@code timezoneOrNull} (an IANA id such as "Europe/London"), else the fallback. */
    public ZoneId zoneOf(String timezoneOrNull) {
        return parse(timezoneOrNull, fallback, false);
    }

    /** The user's local date now. */
    public LocalDate today(Clock clock, String timezoneOrNull) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(timezoneOrNull));
    }

    private static ZoneId parse(String id, ZoneId otherwise, boolean warn) {
        if (id == null || id.isBlank()) {
            return otherwise;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            if (warn) {
                LOG.warn("DEFAULT_TIME_ZONE is not a valid zone id; using {}", otherwise);
            }
            return otherwise;
        }
    }
}
