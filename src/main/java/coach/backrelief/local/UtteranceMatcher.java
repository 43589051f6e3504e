package coach.backrelief.local;

import coach.backrelief.local.InteractionModel.IntentModel;
import coach.backrelief.local.InteractionModel.SlotValue;
import coach.backrelief.local.Understood.Slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves typed text to an intent and slots with the interaction model, a small stand-in for
 * Alexa's language understanding, kept strict so that what the console understands is what the
 * model itself says: a whole-utterance match against a sample, nothing fuzzier. Literal words
 * count most; a custom slot counts when its words resolve to a value of its type (or, unresolved,
 * when they begin with one of its values, or in a sample with at least two literal words: "tell me
 * about knitting"); an
 * {@code AMAZON.SearchQuery} slot takes any words after its carrier phrase, as on Alexa, and scores
 * below any sample that matches more literally. Hesitation sounds ("um", "erm") are not heard, as
 * Alexa's speech recognition drops them. Anything else is {@code AMAZON.FallbackIntent}.
 */
final class UtteranceMatcher {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Words a slot value may be said with or without (English and Spanish: the model is one language). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "my", "some",
            "el", "la", "los", "las", "un", "una", "mi", "mis", "unos", "unas");
    private static final String SEARCH_QUERY = "AMAZON.SearchQuery";

    private final InteractionModel model;
    private final List<CompiledSample> samples = new ArrayList<>();
    /** Samples by their first literal word (the regex can only match an utterance that starts with it). */
    private final java.util.Map<String, List<CompiledSample>> byFirstWord = new java.util.HashMap<>();
    /** Samples that start with a slot: tried on every utterance. */
    private final List<CompiledSample> slotFirst = new ArrayList<>();
    /** Every value name and synonym of each custom slot type, normalised once. */
    private final java.util.Map<String, List<Name>> names = new java.util.HashMap<>();

    private record Name(SlotValue value, String name, String normalised, String withoutArticle) {
    }

    private record CompiledSample(String intent, String text, Pattern pattern, List<String> slotNames,
                                  int literalWords) {
    }

    UtteranceMatcher(InteractionModel model) {
        this.model = model;
        for (IntentModel intent : model.intents()) {
            List<String> texts = new ArrayList<>(intent.samples());
            texts.addAll(BuiltInPhrases.phrases(intent.name(), model.locale()));
            texts.forEach(text -> samples.add(compile(intent.name(), text)));
        }
        model.slotTypes().forEach((type, values) -> {
            List<Name> list = new ArrayList<>();
            for (SlotValue value : values) {
                List<String> all = new ArrayList<>(value.synonyms());
                all.add(0, value.name());
                for (String name : all) {
                    String n = Utterances.normalise(name);
                    list.add(new Name(value, name, n, withoutArticle(n)));
                }
            }
            names.put(type, List.copyOf(list));
        });
        for (CompiledSample sample : samples) {
            String regex = sample.pattern().pattern();
            if (regex.startsWith("^(")) {
                slotFirst.add(sample);
            } else {
                String first = regex.substring(3, regex.indexOf("\\E")).split(" ")[0];
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(sample);
            }
        }
    }

    private static CompiledSample compile(String intent, String sample) {
        StringBuilder regex = new StringBuilder("^");
        List<String> slotNames = new ArrayList<>();
        int literal = 0;
        Matcher m = PLACEHOLDER.matcher(sample);
        int from = 0;
        while (true) {
            boolean slot = m.find();
            // each run of literal words is normalised as the user's words are ("p. t." → "pt", "um" → nothing)
            String words = Utterances.normalise(sample.substring(from, slot ? m.start() : sample.length()));
            if (!words.isEmpty()) {
                regex.append(regex.length() > 1 ? " " : "").append(Pattern.quote(words));
                literal += Utterances.words(words);
            }
            if (!slot) {
                break;
            }
            slotNames.add(m.group(1));
            regex.append(regex.length() > 1 ? " " : "").append("(.+?)");
            from = m.end();
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
        int space = said.indexOf(' ');
        List<CompiledSample> candidates = new ArrayList<>(slotFirst);
        candidates.addAll(byFirstWord.getOrDefault(space < 0 ? said : said.substring(0, space), List.of()));
        for (CompiledSample sample : candidates) {
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
                if (SEARCH_QUERY.equals(slot.type())) {
                    score += 1;
                    continue;
                }
                if (!slot.matched() && slot.type().equals("AMAZON.NUMBER") && !Utterances.hasNumber(slot.spoken())) {
                    // a number slot is filled only from words that say a number, as on Alexa
                    unresolved = true;
                    score = Integer.MIN_VALUE;
                    break;
                }
                int opening = slot.matched() ? 0 : openingValueWords(slot);
                unresolved |= !slot.matched() && opening == 0;
                // scored on the words heard ("twenty five"), not on the digits a number slot carries
                score += slot.matched() ? 10 * Utterances.words(Utterances.normalise(m.group(i + 1)))
                        : opening > 0 ? 10 * opening - 5 : -5;
            }
            if (score == Integer.MIN_VALUE || unresolved && sample.literalWords() < 2) {
                continue;
            }
            if (score > bestScore) {
                bestScore = score;
                best = new Understood(sample.intent(), List.copyOf(slots));
            }
        }
        return best != null ? best : Understood.fallback();
    }

    private Slot resolve(String intentName, String slotName, String spoken) {
        String type = model.intent(intentName).slots().get(slotName);
        if (SEARCH_QUERY.equals(type)) {
            return new Slot(slotName, type, spoken, null, null);
        }
        if ("AMAZON.NUMBER".equals(type)) {
            String number = Utterances.number(spoken);
            return number == null ? new Slot(slotName, type, spoken, null, null)
                    : new Slot(slotName, type, number, null, number);
        }
        if ("AMAZON.TIME".equals(type)) {
            String time = Utterances.time(spoken);
            return time == null ? new Slot(slotName, type, spoken, null, null)
                    : new Slot(slotName, type, time, null, time);
        }
        List<Name> known = names.getOrDefault(type, List.of());
        for (boolean lenient : new boolean[]{false, true}) {
            String heard = lenient ? withoutArticle(spoken) : spoken;
            for (Name name : known) {
                if (heard.equals(lenient ? name.withoutArticle() : name.normalised())) {
                    return new Slot(slotName, type, spoken, name.value().id(), name.value().name());
                }
            }
        }
        return new Slot(slotName, type, spoken, null, null);
    }

    /**
     * Alexa fills a custom slot with words its type does not list, as long as they sound like the
     * type's values: here, the narrowest version of that, the words must begin with a whole value or
     * synonym ("pins and needles in my right foot" for a type that lists "pins and needles"). Returns
     * how many words of that value open the spoken words, 0 when none does.
     */
    private int openingValueWords(Slot slot) {
        String heard = Utterances.normalise(slot.spoken());
        int best = 0;
        for (Name name : names.getOrDefault(slot.type(), List.of())) {
            if (!name.normalised().isEmpty() && heard.startsWith(name.normalised() + " ")) {
                best = Math.max(best, Utterances.words(name.normalised()));
            }
        }
        return best;
    }

    private static String withoutArticle(String words) {
        int space = words.indexOf(' ');
        return space > 0 && ARTICLES.contains(words.substring(0, space)) ? words.substring(space + 1) : words;
    }
}
