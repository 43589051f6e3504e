package coach.backrelief.local;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer of the endpoint: status, content type, body, and whether the connection closes
 * after it. Every refusal is a JSON object {@code {"error":"..."}} with a short plain reason.
 *
 * @param close true when the rest of the request was not read, so the connection cannot be reused
 */
record Reply(int status, String contentType, byte[] body, boolean close) {
    static final String JSON = "application/json;charset=UTF-8";
    static final String TEXT = "text/plain;charset=UTF-8";

    /** The skill's response envelope. */
    static Reply json(byte[] envelope) {
        return new Reply(200, JSON, envelope, false);
    }

    static Reply text(int status, String text) {
        return new Reply(status, TEXT, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** {@code {"error": reason}}, the reason escaped as JSON. */
    static Reply error(int status, String reason) {
        String json = JsonNodeFactory.instance.objectNode().put("error", reason).toString();
        return new Reply(status, JSON, json.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The same answer, closing the connection after it. */
    Reply closing() {
        return new Reply(status, contentType, body, true);
    }
}
