package coach.backrelief.skill;

import coach.backrelief.testing.Heard;
import coach.backrelief.testing.Requests;
import coach.backrelief.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder against a local server that plays the Alexa Reminders API
 * ({@code /v1/alerts/reminders}) and the settings API (the user's zone: New York).
 */
class ReminderTest {
    private static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** 14:00 UTC on Monday 30 November: 9 AM in New York, so 8 AM is tomorrow and 6 PM is today. */
    private static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int createStatus = 201;
    private volatile String list = "{\"totalCount\":\"0\",\"alerts\":[]}";
    private volatile long delayMillis;
    private final SkillDriver alexa = new SkillDriver(SkillDriver.config(7, NOW, SkillDriver.temporaryProgressDir()));

    @BeforeEach
    void startFakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            calls.add(call);
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = 200;
            String body = "";
            if (call.endsWith("/settings/System.timeZone")) {
                body = "\"America/New_York\"";
            } else if (call.equals("POST /v1/alerts/reminders")) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = createStatus;
                body = status == 201 ? "{\"alertToken\":\"token-1\",\"status\":\"ON\"}" : "{\"message\":\"no\"}";
            } else if (call.equals("GET /v1/alerts/reminders")) {
                body = list;
            } else if (call.startsWith("DELETE /v1/alerts/reminders/")) {
                status = 200;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                } catch (IOException gone) {
                    // the client gave up (timeout test)
                }
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Requests api(Requests request) {
        return request.api("http://127.0.0.1:" + server.getAddress().getPort(), "token").at(NOW);
    }

    private Requests remindAt(String time) {
        return api(intent("SetReminderIntent").slot("time", time, null));
    }

    private JsonNode created() throws IOException {
        int i = calls.indexOf("POST /v1/alerts/reminders");
        assertThat(i).as("a reminder was created").isNotNegative();
        return Requests.MAPPER.readTree(bodies.get(i));
    }

    @Test
    void withThePermissionADailyReminderIsSetInTheUsersZoneAndTheTimeIsSaidBack() throws IOException {
        Heard heard = alexa.say(remindAt("08:00").permission(SCOPE));
        assertThat(heard.speech()).isEqualTo("Done. Every day at 8 AM, I'll remind you to stretch. What would you like to do now?");
        assertThat(heard.ended()).isFalse();
        JsonNode trigger = created().path("trigger");
        assertThat(trigger.path("type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(trigger.path("timeZoneId").asText()).isEqualTo("America/New_York");
        assertThat(trigger.path("scheduledTime").asText()).as("9 AM now in New York: first at 8 AM tomorrow")
                .startsWith("2026-12-01T08:00");
        assertThat(trigger.path("recurrence").path("recurrenceRules").get(0).asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        JsonNode spoken = created().path("alertInfo").path("spokenInfo").path("content").get(0);
        assertThat(spoken.path("locale").asText()).isEqualTo("en-US");
        assertThat(spoken.path("text").asText()).isEqualTo("Time for your back stretches. Say: Alexa, open back relief coach.");
    }

    @Test
    void anEveningTimeLaterTodayStartsToday() throws IOException {
        Heard heard = alexa.say(remindAt("18:30").permission(SCOPE));
        assertThat(heard.speech()).startsWith("Done. Every day at 6:30 PM");
        assertThat(created().path("trigger").path("scheduledTime").asText()).startsWith("2026-11-30T18:30");
    }

    @Test
    void withoutThePermissionAlexaAsksForItByVoiceAndYesSetsTheReminder() throws IOException {
        Heard ask = alexa.say(remindAt("MO"));
        assertThat(ask.ssml()).as("Alexa speaks the consent question itself").isEmpty();
        JsonNode directive = ask.directives("Connections.SendRequest").get(0);
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.path("payload").path("permissionScope").asText()).isEqualTo(SCOPE);
        assertThat(directive.path("token").asText()).isEqualTo("brc-reminder|08:00");
        assertThat(calls).as("nothing is created before consent").noneMatch(c -> c.startsWith("POST"));

        Heard done = alexa.say(api(consent("ACCEPTED", "brc-reminder|08:00")).permission(SCOPE));
        assertThat(done.speech()).startsWith("Done. Every day at 8 AM, I'll remind you to stretch.");
        assertThat(created().path("trigger").path("recurrence").path("recurrenceRules").get(0).asText())
                .startsWith("FREQ=DAILY;BYHOUR=8;");
    }

    @Test
    void noToThePermissionSetsNothingAndSaysWhereToChangeIt() {
        alexa.say(remindAt("MO"));
        Heard denied = alexa.say(api(consent("DENIED", "brc-reminder|08:00")));
        assertThat(denied.speech()).startsWith("Okay, no reminder.").contains("Alexa app");
        assertThat(denied.ended()).isFalse();
        assertThat(calls).noneMatch(c -> c.startsWith("POST"));
    }

    @Test
    void withoutATimeTheTimeIsAskedFor() {
        Heard heard = alexa.say(api(intent("SetReminderIntent")).permission(SCOPE));
        assertThat(heard.speech()).startsWith("What time each day would you like the reminder?");
        JsonNode elicit = heard.directives("Dialog.ElicitSlot").get(0);
        assertThat(elicit.path("slotToElicit").asText()).isEqualTo("time");
        assertThat(heard.ended()).isFalse();
    }

    @Test
    void theTimeQuestionEchoesNothingElseTheRequestCarried() {
        // found by the envelope fuzz: a long value in another slot came back in updatedIntent (a 39 KB response)
        String noise = "my back hurts ".repeat(2_000);
        Heard heard = alexa.say(api(intent("SetReminderIntent").unresolvedSlot("description", noise)).permission(SCOPE));
        JsonNode intent = heard.directives("Dialog.ElicitSlot").get(0).path("updatedIntent");
        assertThat(intent.path("name").asText()).isEqualTo("SetReminderIntent");
        assertThat(intent.path("slots").fieldNames()).toIterable().containsExactly("time");
        assertThat(heard.envelope().toString()).doesNotContain("my back hurts");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource(delimiter = '|', value = {
        "401 | To set a reminder, I need your permission. I've sent a card to the Alexa app",
        "403 | To set a reminder, I need your permission. I've sent a card to the Alexa app",
        "429 | Alexa's reminders are busy right now. Please try again in a minute.",
        "500 | I couldn't set the reminder just now. Please try again later.",
    })
    void everyFailureGetsAShortSpokenAnswer(int status, String expected) {
        createStatus = status;
        Heard heard = alexa.say(remindAt("08:00").permission(SCOPE));
        assertThat(heard.speech()).startsWith(expected);
        assertThat(heard.ended()).isFalse();
        boolean card = heard.envelope().path("response").path("card").path("type").asText().equals("AskForPermissionsConsent");
        assertThat(card).isEqualTo(status == 401 || status == 403);
    }

    @Test
    void aStalledApiCostsAtMostTheReadTimeout() {
        delayMillis = 3_000;
        long began = System.nanoTime();
        Heard heard = alexa.say(remindAt("08:00").permission(SCOPE));
        long millis = (System.nanoTime() - began) / 1_000_000;
        assertThat(heard.speech()).startsWith("I couldn't set the reminder just now.");
        assertThat(millis).as("700 ms read timeout (plus the zone lookup)").isLessThan(2_000);
    }

    @Test
    void stopRemindingMeDeletesThisSkillsReminders() {
        list = "{\"totalCount\":\"2\",\"alerts\":[{\"alertToken\":\"a1\"},{\"alertToken\":\"a2\"}]}";
        Heard heard = alexa.say(api(intent("StopReminderIntent")).permission(SCOPE));
        assertThat(heard.speech()).startsWith("Okay, I've turned off your stretch reminder.");
        assertThat(calls).contains("GET /v1/alerts/reminders", "DELETE /v1/alerts/reminders/a1",
                "DELETE /v1/alerts/reminders/a2");
    }

    @Test
    void stopWithNoReminderSaysSo() {
        Heard heard = alexa.say(api(intent("StopReminderIntent")).permission(SCOPE));
        assertThat(heard.speech()).startsWith("You don't have a stretch reminder from me.");
        assertThat(calls).noneMatch(c -> c.startsWith("DELETE"));
    }

    @Test
    void withoutAnAlexaDeviceThereIsNoReminder() {
        Heard heard = alexa.say(intent("SetReminderIntent").slot("time", "08:00", null).at(NOW));
        assertThat(heard.speech()).startsWith("Reminders need an Alexa device");
        assertThat(calls).isEmpty();
    }

    private static Requests consent(String status, String token) {
        ObjectNode fields = Requests.MAPPER.createObjectNode();
        fields.put("name", "AskFor").put("token", token);
        fields.putObject("status").put("code", "200").put("message", "OK");
        fields.putObject("payload").put("status", status).put("isCardThrown", false);
        return Requests.ofType("Connections.Response").requestFields(fields);
    }
}
