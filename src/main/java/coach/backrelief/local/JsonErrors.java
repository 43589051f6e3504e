package coach.backrelief.local;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Jetty's own refusals (a malformed request line, headers over 8 KB, a failure inside the server)
 * as the same short JSON body as every other refusal: {@code {"error":"bad request"}}, with the
 * status's standard phrase and never a message, cause or stack trace.
 */
final class JsonErrors extends ErrorHandler {
    JsonErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
        Reply reply = reply(status);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.getHeaders().put(new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, reply.body().length));
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        return ByteBuffer.wrap(reply(status).body());
    }

    private static Reply reply(int status) {
        String phrase = HttpStatus.getMessage(status);
        return Reply.error(status, phrase == null ? "error" : phrase.toLowerCase(Locale.ROOT));
    }
}
