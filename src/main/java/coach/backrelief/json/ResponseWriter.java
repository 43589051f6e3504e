package coach.backrelief.json;

import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.dialog.ElicitSlotDirective;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.ui.AskForPermissionsConsentCard;
import com.amazon.ask.model.ui.Card;
import com.amazon.ask.model.ui.Image;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ResponseEnvelope} with a plain jackson-core {@link JsonGenerator}, byte for byte as the SDK's
 * {@code JacksonJsonMarshaller} does (its mapper: {@code NON_EMPTY} for properties and map contents, declared
 * field order, type ids first), without building databind serializers (about 19 ms on a cold start).
 *
 * <p>The rules it reproduces, each checked against the SDK by the cross-check and {@code ResponseWriterProperties}:
 * <ul>
 * <li>a property is left out when null, an empty string, an empty list, or a map that is empty once its own
 *     empty entries are left out (recursively: {@code {"a":{"b":""}}} is empty); {@code false} and {@code 0} stay;
 * <li>map entries (documents, data sources, payloads) follow the same rule; list elements are all written,
 *     {@code null}, {@code ""} and {@code {}} included;
 * <li>session attributes are {@code @JsonInclude(ALWAYS)} in the model: written even when empty, every entry
 *     kept at any depth;
 * <li>the polymorphic parts (speech, card, directive) start with their type id; beans ({@code reprompt},
 *     {@code image}) are written even when all their fields are left out ({@code {}}).
 * </ul>
 * Anything else (another class, a subclass, a value type other than string, boolean, number, map or list from
 * {@code java.util}, a non-string key, the fields the skill never sets) is not covered: {@link #write} returns
 * null and the caller uses the SDK's marshaller for the whole response.
 */
public final class ResponseWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResponseWriter() {
    }

    /** The envelope's JSON as the SDK writes it, or null when it holds something this writer does not cover. */
    public static byte[] write(ResponseEnvelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            envelope(g, envelope);
        } catch (IOException | RuntimeException notCoveredOrUnwritable) {
            // the SDK then writes it, or fails as it always has (a map key that is null, a lone value it rejects)
            return null;
        }
        return out.toByteArray();
    }

    private static void envelope(JsonGenerator g, ResponseEnvelope e) throws IOException {
        exact(e, ResponseEnvelope.class);
        g.writeStartObject();
        string(g, "version", e.getVersion());
        if (e.getSessionAttributes() == null) {
            throw NotCovered.INSTANCE;
        }
        g.writeFieldName("sessionAttributes");
        value(g, e.getSessionAttributes(), false);
        string(g, "userAgent", e.getUserAgent());
        if (e.getResponse() != null) {
            g.writeFieldName("response");
            response(g, e.getResponse());
        }
        g.writeEndObject();
    }

    private static void response(JsonGenerator g, Response r) throws IOException {
        exact(r, Response.class);
        if (r.getApiResponse() != null || r.getCanFulfillIntent() != null || r.getExperimentation() != null) {
            throw NotCovered.INSTANCE;
        }
        g.writeStartObject();
        if (r.getOutputSpeech() != null) {
            g.writeFieldName("outputSpeech");
            speech(g, r.getOutputSpeech());
        }
        if (r.getCard() != null) {
            g.writeFieldName("card");
            card(g, r.getCard());
        }
        if (r.getReprompt() != null) {
            g.writeFieldName("reprompt");
            reprompt(g, r.getReprompt());
        }
        directives(g, r.getDirectives());
        if (r.getShouldEndSession() != null) {
            g.writeBooleanField("shouldEndSession", r.getShouldEndSession());
        }
        g.writeEndObject();
    }

    private static void speech(JsonGenerator g, OutputSpeech s) throws IOException {
        g.writeStartObject();
        if (s.getClass() == SsmlOutputSpeech.class) {
            g.writeStringField("type", "SSML");
            string(g, "playBehavior", s.getPlayBehaviorAsString());
            string(g, "ssml", ((SsmlOutputSpeech) s).getSsml());
        } else if (s.getClass() == PlainTextOutputSpeech.class) {
            g.writeStringField("type", "PlainText");
            string(g, "playBehavior", s.getPlayBehaviorAsString());
            string(g, "text", ((PlainTextOutputSpeech) s).getText());
        } else {
            throw NotCovered.INSTANCE;
        }
        g.writeEndObject();
    }

    private static void reprompt(JsonGenerator g, Reprompt r) throws IOException {
        exact(r, Reprompt.class);
        g.writeStartObject();
        if (r.getOutputSpeech() != null) {
            g.writeFieldName("outputSpeech");
            speech(g, r.getOutputSpeech());
        }
        directives(g, r.getDirectives());
        g.writeEndObject();
    }

    private static void card(JsonGenerator g, Card c) throws IOException {
        g.writeStartObject();
        if (c.getClass() == SimpleCard.class) {
            SimpleCard simple = (SimpleCard) c;
            g.writeStringField("type", "Simple");
            string(g, "title", simple.getTitle());
            string(g, "content", simple.getContent());
        } else if (c.getClass() == StandardCard.class) {
            StandardCard standard = (StandardCard) c;
            g.writeStringField("type", "Standard");
            string(g, "title", standard.getTitle());
            string(g, "text", standard.getText());
            if (standard.getImage() != null) {
                Image image = standard.getImage();
                exact(image, Image.class);
                g.writeFieldName("image");
                g.writeStartObject();
                string(g, "smallImageUrl", image.getSmallImageUrl());
                string(g, "largeImageUrl", image.getLargeImageUrl());
                g.writeEndObject();
            }
        } else if (c.getClass() == AskForPermissionsConsentCard.class) {
            g.writeStringField("type", "AskForPermissionsConsent");
            tree(g, "permissions", ((AskForPermissionsConsentCard) c).getPermissions());
        } else {
            throw NotCovered.INSTANCE;
        }
        g.writeEndObject();
    }

    private static void directives(JsonGenerator g, List<Directive> directives) throws IOException {
        if (directives == null || directives.isEmpty()) {
            return;
        }
        jdk(directives);
        g.writeArrayFieldStart("directives");
        for (Directive d : directives) {
            directive(g, d);
        }
        g.writeEndArray();
    }

    private static void directive(JsonGenerator g, Directive d) throws IOException {
        if (d == null) {
            throw NotCovered.INSTANCE;
        }
        g.writeStartObject();
        if (d.getClass() == com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective.class) {
            var apl = (com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective) d;
            g.writeStringField("type", "Alexa.Presentation.APL.RenderDocument");
            string(g, "token", apl.getToken());
            tree(g, "document", apl.getDocument());
            tree(g, "datasources", apl.getDatasources());
            tree(g, "sources", apl.getSources());
            tree(g, "packages", apl.getPackages());
        } else if (d.getClass() == com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective.class) {
            var apla = (com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective) d;
            g.writeStringField("type", "Alexa.Presentation.APLA.RenderDocument");
            string(g, "token", apla.getToken());
            tree(g, "document", apla.getDocument());
            tree(g, "datasources", apla.getDatasources());
        } else if (d.getClass() == SendRequestDirective.class) {
            SendRequestDirective send = (SendRequestDirective) d;
            g.writeStringField("type", "Connections.SendRequest");
            string(g, "name", send.getName());
            tree(g, "payload", send.getPayload());
            string(g, "token", send.getToken());
        } else if (d.getClass() == ElicitSlotDirective.class) {
            ElicitSlotDirective elicit = (ElicitSlotDirective) d;
            g.writeStringField("type", "Dialog.ElicitSlot");
            if (elicit.getUpdatedIntent() != null) {
                g.writeFieldName("updatedIntent");
                intent(g, elicit.getUpdatedIntent());
            }
            string(g, "slotToElicit", elicit.getSlotToElicit());
        } else {
            throw NotCovered.INSTANCE;
        }
        g.writeEndObject();
    }

    private static void intent(JsonGenerator g, Intent intent) throws IOException {
        exact(intent, Intent.class);
        g.writeStartObject();
        string(g, "name", intent.getName());
        Map<String, Slot> slots = intent.getSlots();
        if (slots != null && !allNull(slots.values())) {
            jdk(slots);
            g.writeObjectFieldStart("slots");
            for (Map.Entry<String, Slot> entry : slots.entrySet()) {
                if (entry.getValue() != null) {
                    g.writeFieldName(key(entry.getKey()));
                    slot(g, entry.getValue());
                }
            }
            g.writeEndObject();
        }
        string(g, "confirmationStatus", intent.getConfirmationStatusAsString());
        g.writeEndObject();
    }

    private static void slot(JsonGenerator g, Slot slot) throws IOException {
        exact(slot, Slot.class);
        if (slot.getResolutions() != null || slot.getSlotValue() != null) {
            throw NotCovered.INSTANCE;
        }
        g.writeStartObject();
        string(g, "name", slot.getName());
        string(g, "value", slot.getValue());
        string(g, "confirmationStatus", slot.getConfirmationStatusAsString());
        g.writeEndObject();
    }

    /** A string property under {@code NON_EMPTY}. */
    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    /** A map or list property under {@code NON_EMPTY}, its maps dropping their empty entries at every depth. */
    private static void tree(JsonGenerator g, String name, Object value) throws IOException {
        if (!isEmpty(value)) {
            g.writeFieldName(name);
            value(g, value, true);
        }
    }

    /** Empty as the mapper's {@code NON_EMPTY} sees it: a map is empty when every entry would be left out. */
    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                if (!isEmpty(v)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void value(JsonGenerator g, Object v, boolean dropEmpty) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else if (v instanceof Float f) {
            g.writeNumber(f.floatValue());
        } else if (v instanceof Short s) {
            g.writeNumber(s.shortValue());
        } else if (v instanceof Byte b) {
            g.writeNumber(b.intValue());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Map<?, ?> m) {
            jdk(m);
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                if (dropEmpty && isEmpty(entry.getValue())) {
                    continue;
                }
                g.writeFieldName(key(entry.getKey()));
                value(g, entry.getValue(), dropEmpty);
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            jdk(c);
            g.writeStartArray();
            for (Object element : c) {
                value(g, element, dropEmpty);
            }
            g.writeEndArray();
        } else {
            throw NotCovered.INSTANCE;
        }
    }

    private static String key(Object key) {
        if (key instanceof String s) {
            return s;
        }
        throw NotCovered.INSTANCE;
    }

    private static boolean allNull(Collection<?> values) {
        for (Object v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    /** Collections and maps from the JDK only (one of ours might carry Jackson annotations). */
    private static void jdk(Object container) {
        if (!container.getClass().getName().startsWith("java.util.")) {
            throw NotCovered.INSTANCE;
        }
    }

    private static void exact(Object value, Class<?> type) {
        if (value.getClass() != type) {
            throw NotCovered.INSTANCE;
        }
    }

    /** Thrown, without a stack trace, on the first value not covered; the buffer is dropped, never sent. */
    private static final class NotCovered extends RuntimeException {
        static final NotCovered INSTANCE = new NotCovered();

        private NotCovered() {
            super("not covered", null, false, false);
        }
    }
}
