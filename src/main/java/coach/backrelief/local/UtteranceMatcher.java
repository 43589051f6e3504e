package coach.backrelief.local;

import coach.backrelief.local.InteractionModel.IntentModel;
import coach.backrelief.local.InteractionModel.SlotValue;
import coach.backrelief.local.Understood.Slot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves typed text to an intent and slots with the interaction model, a small stand-in for
 * Alexa's language understanding. Whole-utterance matches against samples win (more literal words
 * and resolved slot words score higher); a sample whose slot value matches no slot value counts only
 * when it has at least two literal words ("tell me about knitting"); failing that, a near match to a
 * sample without slots (Dice similarity of their word sets at least {@value #NEAR_MATCH}); otherwise {@code AMAZON.FallbackIntent}.
 */
final class UtteranceMatcher {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "my", "some");
    private static final double NEAR_MATCH = 0.75;

    private final InteractionModel model;
    private final List<CompiledSample> samples = new ArrayList<>();

    private record CompiledSample(String intent, String text, Pattern pattern, List<String> slotNames,
                                  int literalWords) {
    }

    UtteranceMatcher(InteractionModel model) {
        this.model = model;
        for (IntentModel intent : model.intents()) {
            List<String> texts = new ArrayList<>(intent.samples());
            texts.addAll(BuiltInPhrases.phrases(intent.name()));
            texts.forEach(text -> samples.add(compile(intent.name(), text)));
        }
    }

    private static CompiledSample compile(String intent, String sample) {
        StringBuilder regex = new StringBuilder("^");
        List<String> slotNames = new ArrayList<>();
        int literal = 0;
        for (String token : sample.trim().split("\\s+")) {
            Matcher m = PLACEHOLDER.matcher(token);
            regex.append(regex.length() > 1 ? " " : "");
            if (m.matches()) {
                slotNames.add(m.group(1));
                regex.append("(.+?)");
            } else {
                String words = Utterances.normalise(token);
                literal += Utterances.words(words);
                regex.append(Pattern.quote(words));
            }
        }
        return new CompiledSample(intent, Utterances.normalise(sample.replaceAll("\\{\\w+}", " ")),
                Pattern.compile(regex.append('$').toString()), slotNames, literal);
    }

    Understood understand(String text) {
        String said = Utterances.normalise(text);
        if (said.isEmpty()) {
            return Understood.fallback();
        }
        Understood best = null;
        int bestScore = Integer.MIN_VALUE;
        for (CompiledSample sample : samples) {
            Matcher m = sample.pattern().matcher(said);
            if (!m.matches()) {
                continue;
            }
            List<Slot> slots = new ArrayList<>();
            int score = sample.literalWords() * 10 + (sample.slotNames().isEmpty() ? 5 : 0);
            boolean unresolved = false;
            for (int i = 0; i < sample.slotNames().size(); i++) {
                Slot slot = resolve(sample.intent(), sample.slotNames().get(i), m.group(i + 1));
                slots.add(slot);
                unresolved |= !slot.matched();
                score += slot.matched() ? 10 * Utterances.words(Utterances.normalise(slot.spoken())) : -5;
            }
            if (unresolved && sample.literalWords() < 2) {
                continue;
            }
            if (score > bestScore) {
                bestScore = score;
                best = new Understood(sample.intent(), List.copyOf(slots));
            }
        }
        return best != null ? best : nearMatch(said);
    }

    /** The sample without slots that shares most words with what was said, when it shares enough. */
    private Understood nearMatch(String said) {
        Set<String> words = new HashSet<>(Arrays.asList(said.split(" ")));
        String bestIntent = Understood.FALLBACK;
        double bestSimilarity = NEAR_MATCH;
        for (CompiledSample sample : samples) {
            if (!sample.slotNames().isEmpty() || sample.literalWords() < 3) {
                continue;
            }
            Set<String> sampleWords = new HashSet<>(Arrays.asList(sample.text().split(" ")));
            Set<String> common = new HashSet<>(sampleWords);
            common.retainAll(words);
            double similarity = 2.0 * common.size() / (sampleWords.size() + words.size());
            if (similarity >= bestSimilarity) {
                bestSimilarity = similarity;
                bestIntent = sample.intent();
            }
        }
        return new Understood(bestIntent, List.of());
    }

    private Slot resolve(String intentName, String slotName, String spoken) {
        String type = model.intent(intentName).slots().get(slotName);
        if ("AMAZON.NUMBER".equals(type)) {
            String number = Utterances.number(spoken);
            return number == null ? new Slot(slotName, type, spoken, null, null)
                    : new Slot(slotName, type, number, null, number);
        }
        List<SlotValue> values = model.slotTypes().getOrDefault(type, List.of());
        for (boolean lenient : new boolean[]{false, true}) {
            String heard = lenient ? withoutArticle(spoken) : spoken;
            for (SlotValue value : values) {
                List<String> names = new ArrayList<>(value.synonyms());
                names.add(0, value.name());
                for (String name : names) {
                    String candidate = Utterances.normalise(name);
                    if (heard.equals(lenient ? withoutArticle(candidate) : candidate)) {
                        return new Slot(slotName, type, spoken, value.id(), value.name());
                    }
                }
            }
        }
        return new Slot(slotName, type, spoken, null, null);
    }

    private static String withoutArticle(String words) {
        int space = words.indexOf(' ');
        return space > 0 && ARTICLES.contains(words.substring(0, space)) ? words.substring(space + 1) : words;
    }
}
