package coach.backrelief.skill;

import coach.backrelief.progress.FileProgressStore;
import coach.backrelief.progress.UserProgress;
import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" in the user's time zone, read from a local server that plays the Alexa Settings API
 * ({@code GET /v2/devices/{deviceId}/settings/System.timeZone}, a JSON string).
 */
class UserTimeZoneTest {
    private static final String TOKEN = "test-access-token";
    /** 23:50 UTC on Monday 30 November and 00:10 UTC on Tuesday: both Monday evening in New York (UTC-5). */
    private static final Instant LATE_MONDAY_UTC = Instant.parse("2026-11-30T23:50:00Z");
    private static final Instant EARLY_TUESDAY_UTC = Instant.parse("2026-12-01T00:10:00Z");

    private final Path dir = SkillDriver.temporaryProgressDir();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile String body = "\"America/New_York\"";
    private volatile long delayMillis;

    @BeforeEach
    void startFakeSettingsApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException gone) {
                // the client gave up (timeout test)
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Requests withApi(Requests request) {
        return request.api(endpoint(), TOKEN);
    }

    /** One session: start the quick routine, answer the safety question if asked, say next to the end. */
    private Heard finishQuickRoutine(Instant at) {
        SkillDriver alexa = new SkillDriver(SkillDriver.config(3, at, dir));
        Heard heard = alexa.say(withApi(intent("StartRoutineIntent").at(at)));
        if (heard.speech().contains("safety question")) {
            heard = alexa.say(withApi(intent("AMAZON.NoIntent").at(at)));
        }
        if (heard.speech().contains("from zero to ten")) {
            // a returning user is asked how bad it is, once a day: skipped here
            alexa.say(withApi(intent("SkipIntent").at(at)));
        }
        alexa.say(withApi(intent("AMAZON.NextIntent").at(at)));
        alexa.say(withApi(intent("AMAZON.NextIntent").at(at)));
        return alexa.say(withApi(intent("AMAZON.NextIntent").at(at)));
    }

    private UserProgress stored() {
        return new FileProgressStore(dir).load(Requests.USER_ID).orElseThrow().progress();
    }

    @Test
    void todayIsTheUsersDayAskedOncePerSession() {
        finishQuickRoutine(LATE_MONDAY_UTC);
        Heard second = finishQuickRoutine(EARLY_TUESDAY_UTC);
        assertThat(second.speech()).startsWith("Well done").as("both sessions were on Monday in New York")
                .doesNotContain("2 days in a row");
        assertThat(stored().lastSessionDate()).contains(LocalDate.of(2026, 11, 30));
        assertThat(calls).as("one lookup per session, when the finished routine needed the date")
                .containsExactly("GET /v2/devices/amzn1.ask.device.TESTDEVICE/settings/System.timeZone",
                        "GET /v2/devices/amzn1.ask.device.TESTDEVICE/settings/System.timeZone");
        assertThat(authorizations).containsOnly("Bearer " + TOKEN);
    }

    @Test
    void inUtcTheSameTwoSessionsAreTwoDays() {
        status = 404;
        finishQuickRoutine(LATE_MONDAY_UTC);
        Heard second = finishQuickRoutine(EARLY_TUESDAY_UTC);
        assertThat(second.speech()).endsWith("That's 2 days in a row.");
        assertThat(stored().lastSessionDate()).contains(LocalDate.of(2026, 12, 1));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {401, 403, 429, 500})
    void anErrorFromTheApiFallsBackToTheDefaultZoneAndIsNotRetriedInTheSession(int code) {
        status = code;
        body = "{\"message\":\"nope\"}";
        Heard done = finishQuickRoutine(EARLY_TUESDAY_UTC);
        assertThat(done.speech()).startsWith("Well done. That's the quick routine finished");
        assertThat(stored().lastSessionDate()).as("UTC (the default zone here)").contains(LocalDate.of(2026, 12, 1));
        assertThat(calls).hasSize(1);
    }

    @Test
    void aZoneJavaDoesNotKnowFallsBack() {
        body = "\"Mars/Olympus_Mons\"";
        finishQuickRoutine(EARLY_TUESDAY_UTC);
        assertThat(stored().lastSessionDate()).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aSlowApiCostsAtMostItsTimeoutAndTheUserStillHearsTheEnd() {
        delayMillis = 3_000;
        SkillDriver alexa = new SkillDriver(SkillDriver.config(3, EARLY_TUESDAY_UTC, dir));
        alexa.say(withApi(intent("StartRoutineIntent").at(EARLY_TUESDAY_UTC)));
        alexa.say(withApi(intent("AMAZON.NoIntent").at(EARLY_TUESDAY_UTC)));
        alexa.say(withApi(intent("AMAZON.NextIntent").at(EARLY_TUESDAY_UTC)));
        alexa.say(withApi(intent("AMAZON.NextIntent").at(EARLY_TUESDAY_UTC)));
        long began = System.nanoTime();
        Heard done = alexa.say(withApi(intent("AMAZON.NextIntent").at(EARLY_TUESDAY_UTC)));
        long millis = (System.nanoTime() - began) / 1_000_000;
        assertThat(done.speech()).startsWith("Well done");
        assertThat(millis).as("the read timeout is 700 ms; the fake answers after 3 s").isLessThan(2_000);
        assertThat(stored().lastSessionDate()).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aQuestionNeedsNoDateAndCallsNothing() {
        SkillDriver alexa = new SkillDriver(SkillDriver.config(3, EARLY_TUESDAY_UTC, dir));
        Heard answer = alexa.say(withApi(intent("HeatColdIntent").at(EARLY_TUESDAY_UTC)));
        assertThat(answer.speech()).isNotEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void withoutAnAccessTokenNothingIsCalled() {
        SkillDriver alexa = new SkillDriver(SkillDriver.config(3, EARLY_TUESDAY_UTC, dir));
        alexa.say(intent("StartRoutineIntent").api(endpoint(), null));
        alexa.say(intent("AMAZON.NoIntent").api(endpoint(), null));
        alexa.say(intent("AMAZON.NextIntent").api(endpoint(), null));
        alexa.say(intent("AMAZON.NextIntent").api(endpoint(), null));
        alexa.say(intent("AMAZON.NextIntent").api(endpoint(), null));
        assertThat(calls).isEmpty();
        assertThat(stored().lastSessionDate()).contains(LocalDate.of(2026, 12, 1));
    }
}
