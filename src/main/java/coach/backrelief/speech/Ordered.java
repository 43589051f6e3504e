package coach.backrelief.speech;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object for a directive, its keys in the order given. {@code Map.of} iterates in an order
 * that changes from one JVM start to the next, so the same response would be written with its keys
 * in another order by another process; these maps make the response bytes the same every time.
 */
final class Ordered {
    private Ordered() {
    }

    /** Keys and values, alternately; a key given twice is a bug in the caller. */
    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (out.put((String) keysAndValues[i], keysAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("key given twice: " + keysAndValues[i]);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
