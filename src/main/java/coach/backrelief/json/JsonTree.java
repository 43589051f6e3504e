package coach.backrelief.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values, read and written with jackson-core's streaming API only (no
 * databind): objects are {@link LinkedHashMap}s in document order, arrays {@link ArrayList}s, text
 * {@link String}, numbers as the parser gives them (Integer, Long or BigInteger; Double), true and
 * false {@link Boolean}, and JSON null a present key with a null value. A key given twice is refused.
 */
public final class JsonTree {
    static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonTree() {
    }

    /** The value of one JSON document; malformed input (a key twice, trailing tokens…) throws an IOException. */
    public static Object parse(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser);
        }
    }

    /** As {@link #parse(byte[])}, from text (text values are kept as they are, lone surrogates included). */
    public static Object parse(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser);
        }
    }

    private static Object parse(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new IOException("no JSON value");
        }
        Object value = read(parser, first);
        if (parser.nextToken() != null) {
            throw new IOException("more than one JSON value");
        }
        return value;
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    object.put(key, read(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(read(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    /** The value as compact JSON (UTF-8). */
    public static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeFieldName(String.valueOf(e.getKey()));
                write(out, e.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Number number) {
            writeNumber(out, number);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value == null) {
            out.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
        }
    }

    private static void writeNumber(JsonGenerator out, Number number) throws IOException {
        if (number instanceof Integer i) {
            out.writeNumber(i);
        } else if (number instanceof Long l) {
            out.writeNumber(l);
        } else if (number instanceof java.math.BigInteger b) {
            out.writeNumber(b);
        } else if (number instanceof java.math.BigDecimal d) {
            out.writeNumber(d);
        } else {
            out.writeNumber(number.doubleValue());
        }
    }

    /** The value at a slash-separated path of object keys, or null when any step is missing or not an object. */
    public static Object at(Object root, String path) {
        Object node = root;
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            String key = slash < 0 ? path.substring(start) : path.substring(start, slash);
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
            if (slash < 0) {
                return node;
            }
            start = slash + 1;
        }
        return node;
    }
}
