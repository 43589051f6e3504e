package coach.backrelief.local;

import coach.backrelief.local.InteractionModel.IntentModel;
import coach.backrelief.local.InteractionModel.SlotValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class UtteranceMatcherTest {
    private static final InteractionModel MODEL = InteractionModel.load("en-US");
    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(MODEL);

    /** Every sample, with each slot filled by every value of its type, resolves to its own intent and value. */
    @Test
    void everySampleResolvesToItsOwnIntentWithItsSlots() {
        Set<String> literalSamples = MODEL.intents().stream()
                .flatMap(i -> java.util.stream.Stream.concat(i.samples().stream(), BuiltInPhrases.phrases(i.name(), MODEL.locale()).stream()))
                .filter(s -> !s.contains("{")).map(Utterances::normalise).collect(java.util.stream.Collectors.toSet());
        int checked = 0;
        for (IntentModel intent : MODEL.intents()) {
            for (String sample : intent.samples()) {
                for (Map<String, SlotValue> filling : fillings(intent, sample)) {
                    String said = fill(sample, filling);
                    if (literalSamples.contains(Utterances.normalise(said)) && !filling.isEmpty()) {
                        continue; // "heat or ice" is a sample of HeatColdIntent itself, "back" a phrase of Previous: the literal wins
                    }
                    Understood understood = MATCHER.understand(said);
                    assertThat(understood.intent()).as(said).isEqualTo(intent.name());
                    filling.forEach((slot, value) -> {
                        assertThat(understood.slot(slot)).as(said + " → " + slot).isNotNull();
                        if (value.name().equals("zebra crossing")) {
                            assertThat(understood.slot(slot).spoken()).as(said + " → words").isEqualTo("zebra crossing");
                        } else if (value.id() == null && intent.slots().get(slot).equals("AMAZON.TIME")) {
                            assertThat(understood.slot(slot).spoken()).as(said + " → time")
                                    .isEqualTo(value.name().equals("eight") ? "08:00" : "19:30");
                        } else if (value.id() == null) {
                            assertThat(understood.slot(slot).spoken()).as(said + " → number")
                                    .isEqualTo(value.name().equals("five") ? "5" : "25");
                        } else {
                            assertThat(understood.slot(slot).id()).as(said + " → " + slot).isEqualTo(value.id());
                        }
                    });
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "eight | 08:00", "8 am | 08:00", "eight in the morning | 08:00", "seven thirty pm | 19:30",
        "half past seven in the evening | 19:30", "quarter past six | 06:15", "noon | 12:00", "12 am | 00:00",
        "morning | MO", "in the evening | EV", "tonight | NI", "eight o'clock | 08:00", "purple | ''",
        "a las ocho | 08:00", "a las ocho de la mañana | 08:00", "siete y media de la tarde | 19:30",
        "a las nueve y cuarto de la noche | 21:15", "por la mañana | MO", "en la noche | NI", "a la una | 01:00",
    })
    void spokenTimesBecomeAlexasTimeValues(String spoken, String expected) {
        assertThat(Utterances.time(spoken)).isEqualTo(expected.isEmpty() ? null : expected);
    }

    @Test
    void aSlotValueThatIsAnotherIntentsSampleGoesToThatIntent() {
        assertThat(MATCHER.understand("heat or ice").intent()).isEqualTo("HeatColdIntent");
    }

    @Test
    void aRoutineNamedAloneAnswersWhichWouldYouLike() {
        for (String said : List.of("gentle", "the gentle one", "um quick", "full")) {
            Understood understood = MATCHER.understand(said);
            assertThat(understood.intent()).as(said).isEqualTo("StartRoutineIntent");
            assertThat(understood.slot("routine")).as(said).isNotNull();
        }
    }

    /**
     * Speech that is not about the back reaches no topic or command intent: either nothing matches
     * (Fallback), or a free-text net catches it and only its words reach the code, where the triage
     * finds nothing (the build's NLU evaluation checks what the skill then says).
     */
    @ParameterizedTest
    @ValueSource(strings = {"order me a pizza", "what's the weather", "play some music", "set a timer for ten minutes",
        "what time is it", "who won the game", "turn on the lights", "tell me a joke", "i want pizza"})
    void unrelatedPhrasingsReachNoTopicOrCommandIntent(String said) {
        Set<String> nets = Set.of("AMAZON.FallbackIntent", "DescribeSymptomIntent", "QuestionIntent",
                "WhyQuestionIntent", "CommandIntent", "NotIntent", "CannotIntent");
        Understood heard = MATCHER.understand(said);
        assertThat(nets).as(said).contains(heard.intent());
        if (!heard.intent().equals("AMAZON.FallbackIntent")) {
            assertThat(heard.slots()).as(said + ": only the words after the carrier").hasSize(1);
            assertThat(Utterances.normalise(said)).endsWith(heard.slots().get(0).spoken());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Stop!, AMAZON.StopIntent", "never mind, AMAZON.CancelIntent", "what can I say, AMAZON.HelpIntent",
        "Yes please., AMAZON.YesIntent", "no thanks, AMAZON.NoIntent", "say that again, AMAZON.RepeatIntent",
        "go home, AMAZON.NavigateHomeIntent", "yeah, AMAZON.YesIntent", "nope, AMAZON.NoIntent",
    })
    void builtInPhrasesReachTheBuiltInIntents(String said, String intent) {
        assertThat(MATCHER.understand(said).intent()).isEqualTo(intent);
    }

    @Test
    void builtInsTheModelDoesNotDeclareAreNotUnderstood() {
        boolean declared = MODEL.declares("AMAZON.NextIntent");
        assertThat(MATCHER.understand("next").intent())
                .isEqualTo(declared ? "AMAZON.NextIntent" : "AMAZON.FallbackIntent");
    }

    @Test
    void synonymsResolveToTheirValueIdAndUnknownValuesAreNoMatch() {
        Understood ice = MATCHER.understand("Tell me about ice packs");
        assertThat(ice.intent()).isEqualTo("TopicIntent");
        assertThat(ice.slot("topic").spoken()).isEqualTo("ice packs");
        assertThat(ice.slot("topic").id()).isEqualTo("HEAT_COLD");
        assertThat(ice.slot("topic").canonical()).isEqualTo("heat or ice");

        Understood knitting = MATCHER.understand("tell me about knitting");
        assertThat(knitting.intent()).isEqualTo("TopicIntent");
        assertThat(knitting.slot("topic").matched()).isFalse();
        assertThat(knitting.slot("topic").spoken()).isEqualTo("knitting");
    }

    @Test
    void theMostSpecificSampleWins() {
        Understood heard = MATCHER.understand("I have a fever");
        assertThat(heard.intent()).isEqualTo("SymptomReportIntent");
        assertThat(heard.slot("symptom").id()).isEqualTo("FEVER_UNWELL");
        assertThat(MATCHER.understand("I've had a fall").slot("symptom").id()).isEqualTo("FALL_INJURY");
    }

    @Test
    void caseAndPunctuationDoNotMatterAndANearMissGoesToACarrierWithOnlyItsSlotWords() {
        assertThat(MATCHER.understand("WHAT CAUSES BACK SPASMS???").intent()).isEqualTo("CausesIntent");
        Understood near = MATCHER.understand("so what causes my back spasms");
        assertThat(near.intent()).isEqualTo("QuestionIntent");
        assertThat(near.slot("question").spoken()).isEqualTo("causes my back spasms");
    }

    @Test
    void aCustomSlotTakesWordsThatOpenWithOneOfItsValues() {
        Understood heard = MATCHER.understand("pins and needles in my right foot");
        assertThat(heard.intent()).isEqualTo("SymptomReportIntent");
        assertThat(heard.slot("symptom").matched()).isFalse();
        assertThat(heard.slot("symptom").spoken()).isEqualTo("pins and needles in my right foot");
        Understood pause = MATCHER.understand("freeze while i grab a pillow");
        assertThat(pause.intent()).isEqualTo("CommandIntent");
        assertThat(pause.slot("command").spoken()).isEqualTo("freeze while i grab a pillow");
    }

    private static List<Map<String, SlotValue>> fillings(IntentModel intent, String sample) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(sample);
        List<String> slots = new ArrayList<>();
        while (m.find()) {
            slots.add(m.group(1));
        }
        if (slots.isEmpty()) {
            return List.of(Map.of());
        }
        assertThat(slots).as("samples here have one slot each").hasSize(1);
        String type = intent.slots().get(slots.get(0));
        if (type.equals("AMAZON.SearchQuery")) {
            // any words: a phrase no sample contains, so the carrier alone decides
            return List.of(Map.of(slots.get(0), new SlotValue(null, "zebra crossing", List.of())));
        }
        if (type.equals("AMAZON.TIME")) {
            return List.of(Map.of(slots.get(0), new SlotValue(null, "eight", List.of())),
                    Map.of(slots.get(0), new SlotValue(null, "seven thirty pm", List.of())));
        }
        if (type.equals("AMAZON.NUMBER")) {
            return List.of(Map.of(slots.get(0), new SlotValue(null, "five", List.of())),
                    Map.of(slots.get(0), new SlotValue(null, "twenty five", List.of())));
        }
        // every value of the small types; the first and last few of the large ones (the test stays fast)
        List<SlotValue> values = MODEL.slotTypes().get(type);
        List<SlotValue> some = values.size() <= 12 ? values
                : java.util.stream.Stream.concat(values.subList(0, 4).stream(), values.subList(values.size() - 4, values.size()).stream()).toList();
        return some.stream().map(v -> Map.of(slots.get(0), v)).toList();
    }

    private static String fill(String sample, Map<String, SlotValue> filling) {
        String out = sample;
        for (var e : filling.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue().name());
        }
        return out;
    }
}
