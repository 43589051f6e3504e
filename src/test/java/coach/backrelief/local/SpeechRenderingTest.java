package coach.backrelief.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SpeechRenderingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String heard(List<Segment> segments) {
        return segments.stream().map(s -> s instanceof Segment.Words w ? w.text() : ((Segment.Pause) s).label())
                .collect(Collectors.joining(" "));
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void ssmlBecomesReadableTextWithChainedBreaksAddedUp() {
        String ssml = "<speak><p>Lie on your back &amp; relax.</p><s>Hold</s><break time=\"10000ms\"/>"
                + "<break time=\"10s\"/><prosody rate=\"slow\">and release</prosody><break strength=\"strong\"/></speak>";
        assertThat(heard(SsmlText.segments(ssml)))
                .isEqualTo("Lie on your back & relax. Hold (pause 20 s) and release (pause 0.8 s)");
    }

    @Test
    void aplaSequencerPlaysInTurnAndMixerChildrenStartTogether() throws Exception {
        JsonNode directive = json("{'type':'Alexa.Presentation.APLA.RenderDocument','document':{'type':'APLA',"
                + "'version':'0.91','mainTemplate':{'parameters':['payload'],'item':{'type':'Sequencer','items':["
                + "{'type':'Speech','contentType':'PlainText','content':'${payload.hold.text}'},"
                + "{'type':'Mixer','items':["
                + "  {'type':'Silence','duration':30000},"
                + "  {'type':'Sequencer','items':[{'type':'Silence','duration':20000},"
                + "     {'type':'Speech','contentType':'SSML','content':'<speak>Ten seconds.</speak>'}]}]},"
                + "{'type':'Speech','content':'And release.'}]}}},"
                + "'datasources':{'hold':{'text':'Hold for thirty seconds.'}}}");
        // "Hold for thirty seconds." = 4 words = 1.6 s; "Ten seconds." = 0.8 s, so the Mixer lasts 30 s.
        assertThat(heard(AplaTimeline.segments(directive)))
                .isEqualTo("Hold for thirty seconds. (pause 20 s) Ten seconds. (pause 9.2 s) And release.");
    }

    @Test
    void outputSpeechPlaysBeforeTheAplaDocumentAndTheScreenIsSummarised() throws Exception {
        JsonNode envelope = json("{'response':{'outputSpeech':{'type':'SSML','ssml':'<speak>Knee to chest.</speak>'},"
                + "'directives':[{'type':'Alexa.Presentation.APLA.RenderDocument','document':{'mainTemplate':"
                + "{'items':[{'type':'Silence','duration':5000},{'type':'Speech','content':'Switch sides.'}]}}},"
                + "{'type':'Alexa.Presentation.APL.RenderDocument','token':'t','datasources':{'step':"
                + "{'title':'Knee-to-chest stretch','image':'https://x/y.png','hint':'Say next'}}}],"
                + "'shouldEndSession':false,'reprompt':{'outputSpeech':{'type':'PlainText','text':'Say next.'}}}}");
        ResponseView view = ResponseView.of(envelope);
        assertThat(heard(view.speech())).isEqualTo("Knee to chest. (pause 5 s) Switch sides.");
        assertThat(view.screen()).isEqualTo("Knee-to-chest stretch | Say next");
        assertThat(heard(view.reprompt())).isEqualTo("Say next.");
        assertThat(view.ended()).isFalse();
    }
}
