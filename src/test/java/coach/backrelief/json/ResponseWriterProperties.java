package coach.backrelief.json;

import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.dialog.DelegateDirective;
import com.amazon.ask.model.dialog.ElicitSlotDirective;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.ui.AskForPermissionsConsentCard;
import com.amazon.ask.model.ui.Card;
import com.amazon.ask.model.ui.Image;
import com.amazon.ask.model.ui.LinkAccountCard;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.PlayBehavior;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast writer against the SDK's own marshaller, on generated envelopes of the shapes the skill sends (and a few
 * it never sends): the same bytes, or null (the SDK writes) exactly when something in the envelope is not covered.
 */
class ResponseWriterProperties {
    private static final JacksonJsonMarshaller<ResponseEnvelope> SDK = JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    /** A value no response of ours holds; the writer must leave the whole response to the SDK. */
    private record Uncovered(Object value) {
    }

    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void writesWhatTheSdkWritesOrLeavesItToTheSdk(@ForAll("envelopes") Tuple.Tuple2<ResponseEnvelope, Boolean> generated) {
        ResponseEnvelope envelope = generated.get1();
        boolean covered = generated.get2() && !containsUncovered(envelope.getSessionAttributes())
                && !containsUncovered(envelope.getResponse());
        byte[] fast = ResponseWriter.write(envelope);
        byte[] sdk;
        try {
            sdk = SDK.marshall(envelope);
        } catch (RuntimeException sdkFails) {
            assertThat(fast).isNull();
            return;
        }
        if (covered) {
            assertThat(fast).as("covered, so written").isNotNull();
            assertThat(new String(fast, StandardCharsets.UTF_8)).isEqualTo(new String(sdk, StandardCharsets.UTF_8));
            assertThat(fast).isEqualTo(sdk);
        } else {
            assertThat(fast).as("not covered, so left to the SDK").isNull();
        }
    }

    @Example
    void documentMapsDropEmptyEntriesAtEveryDepthSessionAttributesKeepThem() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("blank", "");
        inner.put("none", null);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("inner", inner);
        doc.put("list", Arrays.asList("", null, Map.of(), List.of(), 0, false));
        doc.put("kept", 0L);
        ResponseEnvelope envelope = ResponseEnvelope.builder().withVersion("1.0").withSessionAttributes(Map.of("s", inner))
                .withResponse(Response.builder().withDirectives(List.of(
                        com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective.builder()
                                .withToken("t").withDocument(doc).withDatasources(Map.of("empty", inner)).build()))
                        .build())
                .build();
        assertThat(new String(ResponseWriter.write(envelope), StandardCharsets.UTF_8)).isEqualTo(
                "{\"version\":\"1.0\",\"sessionAttributes\":{\"s\":{\"blank\":\"\",\"none\":null}},\"response\":{"
                        + "\"directives\":[{\"type\":\"Alexa.Presentation.APLA.RenderDocument\",\"token\":\"t\","
                        + "\"document\":{\"list\":[\"\",null,{},[],0,false],\"kept\":0}}]}}");
    }

    // ---- generators ----

    @Provide
    Arbitrary<Tuple.Tuple2<ResponseEnvelope, Boolean>> envelopes() {
        Arbitrary<Response> response = Builders.withBuilder(Response::builder)
                .use(speech()).withProbability(0.8).in(Response.Builder::withOutputSpeech)
                .use(card()).withProbability(0.4).in(Response.Builder::withCard)
                .use(reprompt()).withProbability(0.5).in(Response.Builder::withReprompt)
                .use(directive().list().ofMaxSize(3)).withProbability(0.6).in(Response.Builder::withDirectives)
                .use(Arbitraries.of(true, false)).withProbability(0.8).in(Response.Builder::withShouldEndSession)
                .build(Response.Builder::build);
        Arbitrary<ResponseEnvelope> envelope = Builders.withBuilder(ResponseEnvelope::builder)
                .use(Arbitraries.of("1.0", "")).withProbability(0.9).in(ResponseEnvelope.Builder::withVersion)
                .use(tree(2).map(ResponseWriterProperties::asMap)).withProbability(0.7)
                .in(ResponseEnvelope.Builder::withSessionAttributes)
                .use(Arbitraries.of("ask-sdk-java/2.86.0 Java/17.0.17", "")).withProbability(0.5)
                .in(ResponseEnvelope.Builder::withUserAgent)
                .use(response).withProbability(0.95).in(ResponseEnvelope.Builder::withResponse)
                .build(ResponseEnvelope.Builder::build);
        // the second value: false when a model part the writer does not cover was put in
        return Arbitraries.frequencyOf(
                Tuple.of(9, envelope.map(e -> Tuple.of(e, true))),
                Tuple.of(1, Arbitraries.of(
                        Response.builder().withCard(LinkAccountCard.builder().build()).build(),
                        Response.builder().withDirectives(List.of(DelegateDirective.builder().build())).build(),
                        Response.builder().withApiResponse(Map.of("a", 1)).build())
                        .map(r -> Tuple.of(ResponseEnvelope.builder().withVersion("1.0").withResponse(r).build(), false))));
    }

    private static Map<String, Object> asMap(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, v) -> map.put((String) k, v));
            return map;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("state", tree);
        return wrapped;
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.strings().withChars("<speak>&'\"\\/\u0000\u0001\u001f\u007f\t\n\r é€\u2028\u2029\uFEFF")
                        .withCharRange('a', 'c').ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.of("", "<speak>Hold it, 30 s. 😀 \uD83D</speak>", "Keep your knees “soft” — Ça va?"));
    }

    private static Arbitrary<OutputSpeech> speech() {
        Arbitrary<PlayBehavior> play = Arbitraries.of(PlayBehavior.class).injectNull(0.7);
        return Arbitraries.oneOf(
                Combinators.combine(text(), play).as((t, p) -> SsmlOutputSpeech.builder().withSsml(t).withPlayBehavior(p).build()),
                Combinators.combine(text(), play).as((t, p) -> PlainTextOutputSpeech.builder().withText(t).withPlayBehavior(p).build()));
    }

    private static Arbitrary<Reprompt> reprompt() {
        return Builders.withBuilder(Reprompt::builder)
                .use(speech()).withProbability(0.9).in(Reprompt.Builder::withOutputSpeech)
                .use(directive().list().ofMaxSize(1)).withProbability(0.1).in(Reprompt.Builder::withDirectives)
                .build(Reprompt.Builder::build);
    }

    private static Arbitrary<Card> card() {
        Arbitrary<String> t = text().injectNull(0.2);
        return Arbitraries.oneOf(
                Combinators.combine(t, t).as((a, b) -> SimpleCard.builder().withTitle(a).withContent(b).build()),
                Combinators.combine(t, t, t).as((a, b, c) -> StandardCard.builder().withTitle(a).withText(b)
                        .withImage(c == null ? null : Image.builder().withSmallImageUrl(c).withLargeImageUrl(b).build())
                        .build()),
                text().list().ofMaxSize(2).map(p -> AskForPermissionsConsentCard.builder().withPermissions(p).build()));
    }

    private static Arbitrary<Directive> directive() {
        Arbitrary<String> token = text().injectNull(0.2);
        Arbitrary<Map<String, Object>> doc = tree(3).map(ResponseWriterProperties::asMap).injectNull(0.1);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(0, 1, 2), token, doc, doc, doc).as((n, t, d, ds, s) ->
                        com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective.builder()
                                .withToken(t).withDocument(d).withDatasources(ds).withSources(n == 0 ? s : null)
                                .withPackages(n == 1 ? new ArrayList<>(s == null ? List.of() : s.values()) : null)
                                .build()),
                Combinators.combine(token, doc, doc).as((t, d, ds) ->
                        com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective.builder()
                                .withToken(t).withDocument(d).withDatasources(ds).build()),
                Combinators.combine(token, doc).as((t, p) -> SendRequestDirective.builder().withName("AskFor")
                        .withPayload(p).withToken(t).build()),
                Combinators.combine(token, Arbitraries.of(SlotConfirmationStatus.class).injectNull(0.5)).as((v, c) ->
                        ElicitSlotDirective.builder().withSlotToElicit("time").withUpdatedIntent(Intent.builder()
                                .withName("SetReminderIntent").withConfirmationStatus(IntentConfirmationStatus.NONE)
                                .withSlots(Map.of("time", Slot.builder().withName("time").withValue(v)
                                        .withConfirmationStatus(c).build()))
                                .build()).build()));
    }

    /** Maps, lists and values as documents, data sources and session attributes hold them; sometimes one we never use. */
    private static Arbitrary<Object> tree(int depth) {
        Arbitrary<Object> leaf = Arbitraries.frequencyOf(
                Tuple.of(6, text()),
                Tuple.of(2, Arbitraries.integers()),
                Tuple.of(2, Arbitraries.longs()),
                Tuple.of(2, Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(-0.0)
                        .withSpecialValue(1e300).withSpecialValue(Double.POSITIVE_INFINITY)),
                Tuple.of(1, Arbitraries.floats()),
                Tuple.of(1, Arbitraries.shorts()),
                Tuple.of(1, Arbitraries.bigDecimals()),
                Tuple.of(1, Arbitraries.bigIntegers()),
                Tuple.of(2, Arbitraries.of(true, false)),
                Tuple.of(2, Arbitraries.of(Map.of(), List.of(), "")),
                Tuple.of(1, Arbitraries.of(LocalDate.of(2026, 12, 3), TimeUnit.SECONDS, Optional.empty(), 'c',
                        new int[] {1}).map(Uncovered::new)))
                .map(v -> v instanceof Uncovered u ? u.value() : v).injectNull(0.1).map(v -> (Object) v);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> child = tree(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(3, Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(3), child)
                        .ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m))),
                Tuple.of(2, child.list().ofMaxSize(3).map(l -> (Object) l)));
    }

    private static boolean containsUncovered(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                && (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof BigDecimal || value instanceof BigInteger)) {
            return false;
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(ResponseWriterProperties::containsUncovered);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().anyMatch(ResponseWriterProperties::containsUncovered);
        }
        if (value instanceof Response r) {
            return containsUncovered(r.getDirectives()) || r.getReprompt() != null
                    && containsUncovered(r.getReprompt().getDirectives());
        }
        if (value instanceof com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective d) {
            return containsUncovered(d.getDocument()) || containsUncovered(d.getDatasources())
                    || containsUncovered(d.getSources()) || containsUncovered(d.getPackages());
        }
        if (value instanceof com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective d) {
            return containsUncovered(d.getDocument()) || containsUncovered(d.getDatasources());
        }
        if (value instanceof SendRequestDirective d) {
            return containsUncovered(d.getPayload());
        }
        return !(value instanceof ElicitSlotDirective);
    }
}
