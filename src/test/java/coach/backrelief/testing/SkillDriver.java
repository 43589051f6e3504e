package coach.backrelief.testing;

import coach.backrelief.lambda.BackReliefStreamHandler;
import coach.backrelief.skill.SkillConfig;
import coach.backrelief.skill.SkillFactory;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import coach.backrelief.progress.FileProgressStore;
import coach.backrelief.progress.ProgressService;
import coach.backrelief.progress.Zones;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Sends request envelopes through the real Lambda stream handler and keeps the session between
 * turns, as Alexa does. Every response is checked against the platform rules that apply to all
 * responses (well-formed SSML, size limits, a reprompt whenever the session stays open).
 */
public final class SkillDriver {
    public static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final BackReliefStreamHandler handler;
    private String sessionId;
    private Map<String, Object> attributes;
    private boolean open;

    public SkillDriver(SkillConfig config) {
        this.handler = new BackReliefStreamHandler(SkillFactory.create(config), config.skillId());
    }

    /** A driver on an existing handler: several drivers (one per conversation) share one skill instance. */
    public SkillDriver(BackReliefStreamHandler handler) {
        this.handler = handler;
    }

    public SkillDriver() {
        this(config(42));
    }

    /** A seeded skill at {@link #NOW}, keeping progress in a new temporary folder. */
    public static SkillConfig config(long seed) {
        return config(seed, NOW, temporaryProgressDir());
    }

    /** A seeded skill at {@code now}, keeping progress in {@code progressDir} (share it to simulate another day). */
    public static SkillConfig config(long seed, Instant now, Path progressDir) {
        return new SkillConfig(Requests.SKILL_ID, new Random(seed), Clock.fixed(now, ZoneOffset.UTC),
                coach.backrelief.speech.RoutineReplies.AudioMode.APLA,
                new ProgressService(new FileProgressStore(progressDir)), new Zones(ZoneOffset.UTC));
    }

    public static Path temporaryProgressDir() {
        try {
            Path dir = Files.createTempDirectory("brc-progress");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one request as is (no session carried). */
    public Heard send(Requests request) {
        return send(request.json());
    }

    public Heard send(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out, null);
            JsonNode envelope = Requests.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
            Heard heard = new Heard(envelope);
            PlatformRules.check(heard, out.size());
            return heard;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request within the current session (a new one when none is open), carrying attributes. */
    public Heard say(Requests request) {
        String json;
        if (open) {
            json = request.continuing(sessionId, attributes).json();
        } else {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
            json = newSession(request.continuing(sessionId, Map.of()));
        }
        Heard heard = send(json);
        attributes = heard.sessionAttributes();
        open = !heard.ended();
        return heard;
    }

    private static String newSession(Requests request) {
        var node = request.toJsonNode();
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("session")).put("new", true);
        return node.toString();
    }

    public boolean sessionOpen() {
        return open;
    }

    public Map<String, Object> attributes() {
        return attributes;
    }

    /** Replaces the carried attributes (to simulate tampering). */
    public void attributes(Map<String, Object> replaced) {
        this.attributes = replaced;
    }
}
