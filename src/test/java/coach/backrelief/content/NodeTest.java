package coach.backrelief.content;

import coach.backrelief.json.JsonTree;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Node} reads every kind of JSON value as Jackson's tree did (the oracle is databind itself, in tests only). */
class NodeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"\"a\"", "\" 5 \"", "\"5\"", "\"1.5\"", "\"true\"", "\" true \"", "\"false\"", "\"\"",
            "\"x1\"", "5", "-3", "1.9", "-0.6", "10000000000", "12345678901234567890", "0", "0.0", "0.4", "1e3",
            "true", "false", "null", "{}", "{\"x\":1,\"y\":\"z\"}", "[]", "[1,\"b\",null]"})
    void readsAValueAsJacksonsTreeDid(String json) throws Exception {
        String doc = "{\"v\":" + json + "}";
        JsonNode jackson = MAPPER.readTree(doc);
        Object plain = JsonTree.parse(doc);
        for (String key : List.of("v", "absent")) {
            JsonNode j = jackson.path(key);
            Object p = Node.path(plain, key);
            assertThat(conversions(p)).as(json + " at " + key).isEqualTo(conversions(j));
            assertThat(Node.hasNonNull(plain, key)).as(json).isEqualTo(jackson.hasNonNull(key));
            assertThat(Node.fields(p).keySet()).containsExactlyElementsOf(() -> j.fieldNames());
            List<String> elements = new ArrayList<>();
            j.forEach(e -> elements.add(e.asText()));
            assertThat(Node.elements(p).stream().map(Node::asText).toList()).isEqualTo(elements);
        }
    }

    private static List<Object> conversions(JsonNode n) {
        return List.of(n.asText(), String.valueOf(n.asText(null)), n.asInt(), n.asInt(7), n.asDouble(), n.asDouble(2.5),
                n.asBoolean(false), n.asBoolean(true));
    }

    private static List<Object> conversions(Object n) {
        return List.of(Node.asText(n), String.valueOf(Node.asText(n, null)), Node.asInt(n, 0), Node.asInt(n, 7),
                Node.asDouble(n, 0), Node.asDouble(n, 2.5), Node.asBoolean(n, false), Node.asBoolean(n, true));
    }
}
