package coach.backrelief.content;

import com.fasterxml.jackson.core.io.NumberInput;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the plain values of {@link coach.backrelief.json.JsonTree} the way the content loader
 * read Jackson's tree before: {@link #path} gives {@link #MISSING} for an absent key (as
 * {@code JsonNode.path} gave a missing node), and the {@code as…} methods convert as
 * {@code JsonNode.asText/asInt/asDouble/asBoolean} did (JSON null reads as the text "null", a
 * container as ""), so malformed content fails or reads exactly as it did.
 */
final class Node {
    /** An absent key (distinct from a JSON null, which is a Java null). */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "MISSING";
        }
    };

    private Node() {
    }

    static Object path(Object node, String key) {
        return node instanceof Map<?, ?> map && map.containsKey(key) ? map.get(key) : MISSING;
    }

    /** Present and not JSON null. */
    static boolean hasNonNull(Object node, String key) {
        Object value = path(node, key);
        return value != MISSING && value != null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The elements of an array, the values of an object, nothing for anything else (as iterating a JsonNode). */
    static Collection<?> elements(Object node) {
        if (node instanceof List<?> list) {
            return list;
        }
        return node instanceof Map<?, ?> map ? map.values() : List.of();
    }

    static String asText(Object node) {
        if (node instanceof String text) {
            return text;
        }
        if (node instanceof Number || node instanceof Boolean) {
            return String.valueOf(node);
        }
        return node == null ? "null" : "";
    }

    static String asText(Object node, String fallback) {
        return node == null || node == MISSING ? fallback : asText(node);
    }

    static int asInt(Object node, int fallback) {
        if (node instanceof Number number) {
            return number.intValue();
        }
        if (node instanceof String text) {
            return NumberInput.parseAsInt(text, fallback);
        }
        if (node instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return fallback;
    }

    static double asDouble(Object node, double fallback) {
        if (node instanceof Number number) {
            return number.doubleValue();
        }
        if (node instanceof String text) {
            return NumberInput.parseAsDouble(text, fallback, false);
        }
        if (node instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return fallback;
    }

    /** As {@code JsonNode.asBoolean}: a whole number is true unless 0; a fraction, like null or a container, gives the fallback. */
    static boolean asBoolean(Object node, boolean fallback) {
        if (node instanceof Boolean bool) {
            return bool;
        }
        if (node instanceof java.math.BigInteger big) {
            return big.signum() != 0;
        }
        if (node instanceof Integer || node instanceof Long) {
            return ((Number) node).longValue() != 0;
        }
        if (node instanceof String text) {
            String trimmed = text.trim();
            return "true".equals(trimmed) || (!"false".equals(trimmed) && fallback);
        }
        return fallback;
    }

    /** A copy whose objects and arrays can be changed without touching the original. */
    static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return node;
    }
}
