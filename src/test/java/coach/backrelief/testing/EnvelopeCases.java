package coach.backrelief.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static coach.backrelief.testing.Requests.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated request envelopes for property tests: seeds are real envelopes of every request type and
 * every intent of the en-US model (new sessions, and sessions carrying states the skill itself
 * produced mid-routine, mid-question, paused); a case applies up to four mutations to one of them
 * (drop, null, retype, duplicate a key, oversize, deep-nest, junk text with unicode, SSML
 * metacharacters and lone surrogates, foreign, empty or missing application ids, junk timestamps
 * and locales, unknown request types and intents, tampered session state, truncation, invalid UTF-8).
 * Every seed points the Alexa API at a closed local port, so nothing leaves the machine.
 */
public final class EnvelopeCases {
    public static final String DEAD_API = "http://127.0.0.1:9";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DEEP_MARK = "\u0001deep\u0001";
    private static final String[] JUNK = {"", " ", "x", "null", "{}", "[]", "0", "-1", "1e400", "true",
        "<speak>hi</speak>", "</speak><audio src=\"https://evil.example/a.mp3\"/>", "]]>", "&amp;", "&", "<", ">",
        "\"", "'", "\\", "\u0000", "\u0007\u001b[31m", "\ud83d\ude2b ow", "\ud800", "\udfff x", "\u202eevil",
        "\u200b\u200b", "é ü ñ ß", "背中が痛い", "my back hurts <break time=\"60s\"/>", "${jndi:ldap://x}",
        "%s%n%d", "../../etc/passwd", "LaunchRequest", "AMAZON.StopIntent", "amzn1.ask.skill.other",
        "I can't feel my legs", "my back's gone again", "um ow that one hurts", "\n\n\t", "\r\n"};
    private static final JsonNode[] OTHER_TYPES = {JSON.numberNode(0), JSON.numberNode(-1), JSON.numberNode(1e308),
        JSON.numberNode(Long.MAX_VALUE), JSON.booleanNode(true), JSON.booleanNode(false), JSON.arrayNode(),
        JSON.objectNode(), JSON.arrayNode().add(1).add("two"), JSON.objectNode().put("a", 1), JSON.textNode("text")};
    private static final String[] TIMESTAMPS = {"", "yesterday", "2026-13-45T25:61:00Z", "1700000000",
        "2026-11-30T09:00:00", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2026-11-30T09:00:00+14:00",
        "2026-11-30T09:00:00.123456789Z", "2026-11-30"};
    private static final String[] LOCALES = {"", "xx-XX", "en", "EN-us", "es-US", "fr-FR", "en_US", "de-DE",
        "en-GB", "en-AU", "en-IN", "en-CA", "zz", "en-US-x-private-" + "a".repeat(300), "\ud83d\ude00"};
    private static final String[] REQUEST_TYPES = {"Foo", "", "IntentRequest", "LaunchRequest", "SessionEndedRequest",
        "Alexa.Presentation.APL.UserEvent", "AudioPlayer.PlaybackFailed", "Messaging.MessageReceived",
        "Display.ElementSelected", "GameEngine.InputHandlerEvent", "Connections.Response",
        "CanFulfillIntentRequest", "System.ExceptionEncountered", "Alexa.Presentation.APLA.RuntimeError",
        "Dialog.API.Invoked", "intentrequest"};
    private static final String[] INTENTS = {"FooIntent", "", "AMAZON.ShuffleOnIntent", "AMAZON.ScrollUpIntent",
        "AMAZON.StopIntent", "ItHurtsIntent", "SymptomReportIntent", "StartRoutineIntent", "SetReminderIntent",
        "DescribeSymptomIntent", "QuestionIntent", "AMAZON.YesIntent"};
    private static final String[] IDS = {"amzn1.ask.skill.foreign", "", " ", Requests.SKILL_ID + " ",
        Requests.SKILL_ID.toUpperCase(), "amzn1.ask.skill.00000000-0000-0000-0000-000000000002"};
    private static final String[] FIELD_NAMES = {"apiAccessToken", "extra", "type", "name", "value", "attributes",
        "slots", "id", "resolutions", "dialogState", "updatedIntent", "unit", "person", "Viewport", "b", "new"};
    private static final String[] STATE_KEYS = {"v", "r", "s", "d", "p", "q", "h", "m", "o", "f", "t", "tz"};

    private static List<String> seeds;

    private EnvelopeCases() {
    }

    public enum Kind {
        DROP, NULL, RETYPE, JUNK_TEXT, SLOT_TEXT, OVERSIZE_SLOT, APPLICATION_ID, TIMESTAMP, LOCALE, REQUEST_TYPE,
        INTENT_NAME, STATE_VALUE, STATE_SWAP, ADD_FIELD, DEEP_NEST, DUPLICATE_KEY, TRUNCATE, INVALID_UTF8
    }

    public record Mutation(Kind kind, int where, int what) {
    }

    public record Case(int seed, List<Mutation> mutations) {
    }

    /** A mutated case: the envelope as the oracle sees it (before textual damage) and the bytes sent. */
    public record Mutated(JsonNode tree, byte[] body) {
    }

    /** The seed envelopes, built once. */
    public static synchronized List<String> seeds() {
        if (seeds == null) {
            seeds = seedEnvelopes();
        }
        return seeds;
    }

    /** Applies the case's mutations to its seed. */
    public static Mutated apply(Case fuzz) {
        ObjectNode tree = (ObjectNode) parse(seeds().get(fuzz.seed() % seeds().size()));
        List<Mutation> textual = new ArrayList<>();
        for (Mutation m : fuzz.mutations()) {
            if (m.kind() == Kind.DUPLICATE_KEY || m.kind() == Kind.TRUNCATE || m.kind() == Kind.INVALID_UTF8) {
                textual.add(m);
            } else {
                mutate(tree, m);
            }
        }
        return new Mutated(tree, textual(tree.toString(), textual));
    }

    /** Cases: a seed index and up to four mutations. */
    public static Arbitrary<Case> cases() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 9_999), Arbitraries.integers().between(0, 999)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, 9_999), mutation.list().ofMaxSize(4))
                .as(Case::new);
    }

    /** A node and where it hangs: its parent and key (object) or index (array); the root has no parent. */
    private record Place(JsonNode parent, String key, int index, JsonNode node) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else if (parent instanceof ArrayNode array) {
                array.remove(index);
            }
        }
    }

    private static List<Place> places(JsonNode root) {
        List<Place> out = new ArrayList<>();
        collect(null, null, -1, root, out);
        return out;
    }

    private static void collect(JsonNode parent, String key, int index, JsonNode node, List<Place> out) {
        out.add(new Place(parent, key, index, node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                var e = it.next();
                collect(node, e.getKey(), -1, e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node, null, i, node.get(i), out);
            }
        }
    }

    private static void mutate(ObjectNode root, Mutation m) {
        List<Place> all = places(root);
        int n = all.size();
        Place place = all.get(n == 1 ? 0 : 1 + m.where() % (n - 1));
        ObjectNode request = root.path("request") instanceof ObjectNode r ? r : null;
        switch (m.kind()) {
            case DROP -> place.remove();
            case NULL -> place.set(JSON.nullNode());
            case RETYPE -> place.set(OTHER_TYPES[m.what() % OTHER_TYPES.length].deepCopy());
            case JUNK_TEXT -> place.set(JSON.textNode(JUNK[m.what() % JUNK.length]));
            case SLOT_TEXT, OVERSIZE_SLOT -> {
                if (request != null && request.path("intent") instanceof ObjectNode in) {
                    ObjectNode slots = in.path("slots") instanceof ObjectNode s ? s : in.putObject("slots");
                    List<String> names = new ArrayList<>();
                    slots.fieldNames().forEachRemaining(names::add);
                    String name = names.isEmpty() ? "description" : names.get(m.where() % names.size());
                    ObjectNode slot = slots.path(name) instanceof ObjectNode s ? s : slots.putObject(name);
                    slot.put("name", name);
                    String text = JUNK[m.what() % JUNK.length];
                    slot.put("value", m.kind() == Kind.SLOT_TEXT ? text
                            : ("my back hurts " + text + " ").repeat(1 + m.what() * 4));
                }
            }
            case APPLICATION_ID -> {
                JsonNode parent = m.where() % 2 == 0 ? root.path("session").path("application")
                        : root.path("context").path("System").path("application");
                if (parent instanceof ObjectNode app) {
                    switch (m.what() % 4) {
                        case 0 -> app.remove("applicationId");
                        case 1 -> app.putNull("applicationId");
                        default -> app.put("applicationId", IDS[m.what() % IDS.length]);
                    }
                } else if (root.path("session") instanceof ObjectNode session) {
                    session.remove("application");
                }
            }
            case TIMESTAMP -> {
                if (request != null) {
                    request.put("timestamp", TIMESTAMPS[m.what() % TIMESTAMPS.length]);
                }
            }
            case LOCALE -> {
                if (request != null) {
                    request.put("locale", LOCALES[m.what() % LOCALES.length]);
                }
            }
            case REQUEST_TYPE -> {
                if (request != null) {
                    request.put("type", REQUEST_TYPES[m.what() % REQUEST_TYPES.length]);
                }
            }
            case INTENT_NAME -> {
                if (request != null) {
                    JsonNode in = request.path("intent");
                    (in instanceof ObjectNode o ? o : request.putObject("intent")).put("name", INTENTS[m.what() % INTENTS.length]);
                }
            }
            case STATE_VALUE -> {
                if (root.path("session") instanceof ObjectNode session) {
                    ObjectNode attributes = session.path("attributes") instanceof ObjectNode a ? a : session.putObject("attributes");
                    List<String> keys = new ArrayList<>(List.of(STATE_KEYS));
                    attributes.fieldNames().forEachRemaining(keys::add);
                    String key = keys.get(m.where() % keys.size());
                    JsonNode value = m.what() % 2 == 0 ? JSON.textNode(JUNK[m.what() % JUNK.length])
                            : OTHER_TYPES[m.what() % OTHER_TYPES.length].deepCopy();
                    attributes.set(key, value);
                }
            }
            case STATE_SWAP -> {
                if (root.path("session") instanceof ObjectNode session) {
                    JsonNode other = parse(seeds().get(m.what() % seeds().size())).path("session").path("attributes");
                    session.set("attributes", other.isMissingNode() ? JSON.objectNode() : other);
                }
            }
            case ADD_FIELD -> {
                List<Place> objects = all.stream().filter(p -> p.node().isObject()).toList();
                ObjectNode target = (ObjectNode) objects.get(m.where() % objects.size()).node();
                target.set(FIELD_NAMES[m.what() % FIELD_NAMES.length], m.what() % 3 == 0
                        ? JSON.textNode(JUNK[m.what() % JUNK.length]) : OTHER_TYPES[m.what() % OTHER_TYPES.length].deepCopy());
            }
            case DEEP_NEST -> place.set(JSON.textNode(DEEP_MARK + (m.what() * 6)));
            default -> throw new IllegalStateException(m.kind() + " is textual");
        }
    }

    private static final Pattern KEY = Pattern.compile("(?<!\\\\)\"([A-Za-z][A-Za-z0-9.]*)\":");
    private static final Pattern DEEP = Pattern.compile("\"\\\\u0001deep\\\\u0001(\\d+)\"");

    private static byte[] textual(String json, List<Mutation> mutations) {
        Matcher deep = DEEP.matcher(json);
        StringBuilder nested = new StringBuilder();
        while (deep.find()) {
            int depth = Integer.parseInt(deep.group(1));
            String open = depth % 2 == 0 ? "[" : "{\"a\":";
            String close = depth % 2 == 0 ? "]" : "}";
            deep.appendReplacement(nested, Matcher.quoteReplacement(open.repeat(depth) + "1" + close.repeat(depth)));
        }
        deep.appendTail(nested);
        String text = nested.toString();
        byte[] bytes = null;
        for (Mutation m : mutations) {
            switch (m.kind()) {
                case DUPLICATE_KEY -> {
                    List<int[]> keys = new ArrayList<>();
                    Matcher k = KEY.matcher(text);
                    while (k.find()) {
                        keys.add(new int[]{k.start(), k.end()});
                    }
                    if (!keys.isEmpty()) {
                        int[] at = keys.get(m.where() % keys.size());
                        String key = text.substring(at[0], at[1]);
                        String copy = m.what() % 2 == 0 ? "null" : "\"" + JUNK[m.what() % JUNK.length].replace("\\", "").replace("\"", "") + "\"";
                        text = text.substring(0, at[0]) + key + copy + "," + text.substring(at[0]);
                    }
                }
                case TRUNCATE -> text = text.substring(0, m.where() % Math.max(1, text.length()));
                case INVALID_UTF8 -> bytes = invalidUtf8(text, m.where());
                default -> throw new IllegalStateException(m.kind() + " is not textual");
            }
        }
        return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(String text, int where) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = where % Math.max(1, utf8.length);
        byte[] out = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) 0x28;
        System.arraycopy(utf8, at, out, at + 2, utf8.length - at);
        return out;
    }

    /** True when every place Alexa puts the application id that is present holds ours, and one does. */
    public static boolean idsAreOurs(JsonNode root) {
        boolean any = false;
        for (JsonNode app : List.of(root.path("session").path("application"),
                root.path("context").path("System").path("application"))) {
            if (app.isMissingNode() || app.isNull()) {
                continue;
            }
            if (!app.isObject() || !Requests.SKILL_ID.equals(app.path("applicationId").textValue())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    // ---- seeds ----

    /** Real envelopes: every request type, every intent of the en-US model, new and mid-conversation. */
    private static List<String> seedEnvelopes() {
        List<Requests> requests = new ArrayList<>(List.of(Requests.launch(), Requests.sessionEnded(),
                Requests.ofType("AudioPlayer.PlaybackStarted"), Requests.ofType("AudioPlayer.PlaybackFinished"),
                Requests.ofType("AudioPlayer.PlaybackStopped"), Requests.ofType("AudioPlayer.PlaybackNearlyFinished"),
                Requests.ofType("AudioPlayer.PlaybackFailed"), Requests.ofType("PlaybackController.NextCommandIssued"),
                Requests.ofType("System.ExceptionEncountered"), Requests.ofType("Alexa.Presentation.APLA.RuntimeError"),
                button("next"), button("pause"), button("repeat"), consent("ACCEPTED"), consent("DENIED")));
        for (Map.Entry<String, Map<String, String[]>> e : modelIntents().entrySet()) {
            Requests r = intent(e.getKey());
            e.getValue().forEach((slot, value) -> r.slot(slot, value[0], value[1]));
            requests.add(r);
        }
        List<Map<String, Object>> states = conversationStates();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Requests r = requests.get(i).api(DEAD_API, i % 3 == 0 ? "token" : null).screen(i % 2 == 0);
            out.add(r.json());
            for (int s = i % 4; s < states.size(); s += 4) {
                out.add(r.continuing("amzn1.echo-api.session.fuzz" + s, states.get(s)).json());
            }
        }
        return out;
    }

    private static Requests button(String argument) {
        ObjectNode fields = JSON.objectNode();
        fields.putArray("arguments").add(argument);
        fields.put("token", "stretch");
        return Requests.ofType("Alexa.Presentation.APL.UserEvent").requestFields(fields);
    }

    private static Requests consent(String status) {
        ObjectNode fields = JSON.objectNode();
        fields.put("name", "AskFor").put("token", "brc-reminder|08:00");
        fields.putObject("status").put("code", "200").put("message", "OK");
        fields.putObject("payload").put("status", status).put("isCardThrown", false);
        return Requests.ofType("Connections.Response").requestFields(fields);
    }

    /** Every intent of the en-US model, with a first value for each slot (a resolved id for custom types). */
    private static Map<String, Map<String, String[]>> modelIntents() {
        JsonNode language;
        try {
            language = Requests.MAPPER.readTree(Path.of("interaction-model/interactionModels/custom/en-US.json").toFile())
                    .path("interactionModel").path("languageModel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> firstValues = new LinkedHashMap<>();
        language.path("types").forEach(t -> firstValues.put(t.path("name").asText(), new String[]{
            t.path("values").path(0).path("name").path("value").asText(), t.path("values").path(0).path("id").asText(null)}));
        firstValues.put("AMAZON.SearchQuery", new String[]{"my back went when I lifted the shopping", null});
        firstValues.put("AMAZON.NUMBER", new String[]{"10", null});
        firstValues.put("AMAZON.TIME", new String[]{"08:00", null});
        Map<String, Map<String, String[]>> out = new LinkedHashMap<>();
        language.path("intents").forEach(i -> {
            Map<String, String[]> slots = new LinkedHashMap<>();
            i.path("slots").forEach(s -> slots.put(s.path("name").asText(),
                    firstValues.getOrDefault(s.path("type").asText(), new String[]{"something", null})));
            out.put(i.path("name").asText(), slots);
        });
        assertThat(out).hasSizeGreaterThan(40);
        return out;
    }

    /** Session states the skill itself produced, along conversations through every routine and question. */
    private static List<Map<String, Object>> conversationStates() {
        List<List<Requests>> conversations = List.of(
                List.of(Requests.launch(), intent("StartRoutineIntent"), intent("AMAZON.NoIntent"),
                        intent("AMAZON.NextIntent"), intent("AMAZON.PauseIntent"), intent("AMAZON.ResumeIntent"),
                        intent("ItHurtsIntent"), intent("AMAZON.YesIntent"), intent("AMAZON.NextIntent")),
                List.of(intent("StartRoutineIntent").slot("routine", "full", "FULL"), intent("AMAZON.NoIntent"),
                        intent("AMAZON.NextIntent"), intent("AMAZON.NextIntent"), intent("AMAZON.NextIntent"),
                        intent("AMAZON.PreviousIntent"), intent("DescribeStretchIntent")),
                List.of(intent("ContinuousRoutineIntent").slot("routine", "gentle", "GENTLE"), intent("AMAZON.NoIntent")),
                List.of(intent("SelfCareIntent"), intent("AMAZON.YesIntent")),
                List.of(intent("SymptomReportIntent").unresolvedSlot("symptom", "a funny feeling")),
                List.of(intent("SetReminderIntent").slot("time", "08:00", null)),
                List.of(intent("AMAZON.HelpIntent"), intent("AMAZON.FallbackIntent")));
        Set<Map<String, Object>> states = new LinkedHashSet<>();
        for (List<Requests> conversation : conversations) {
            SkillDriver alexa = new SkillDriver();
            for (Requests turn : conversation) {
                Heard heard = alexa.say(turn);
                if (!heard.ended() && !alexa.attributes().isEmpty()) {
                    states.add(alexa.attributes());
                }
            }
        }
        assertThat(states).hasSizeGreaterThan(8);
        return new ArrayList<>(states);
    }

    public static JsonNode parse(String json) {
        try {
            return Requests.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
