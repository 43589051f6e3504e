package coach.backrelief.knowledge;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "from zero to ten, how bad is your back?" answered in the user's own words: "about a six",
 * "six or seven" (the higher: the safer), "six and a half" (rounded up: the safer), "the worst ever" (ten),
 * "no pain at all" (zero); the scale itself ("out of ten", "on a scale of one to ten") is not an
 * answer. A number said wins over words ("a nine, it's killing me" is nine). Anything over ten counts as ten. The words are the locale's, from content.
 *
 * @param numbers number words, index = value ("zero", "one", … "ten"; more are allowed, counted as ten)
 * @param worst   phrases that mean the top of the scale ("worst ever", "unbearable")
 * @param none    phrases that mean no pain ("no pain", "pain free")
 * @param skip    phrases that decline to rate ("skip", "rather not", "just start")
 * @param scale   phrases that name the scale and are not an answer ("out of ten", "one to ten")
 * @param half    the words after a number that add a half ("and a half", as in "six and a half"), or null
 * @param notAfter words after which a number word is not a number ("this one", "the one")
 */
public record RatingWords(List<String> numbers, List<String> worst, List<String> none, List<String> skip,
                          List<String> scale, String half, List<String> notAfter) {
    public static final int TOP = 10;
    /** A rating this high or higher goes to the safe advice and the gentlest routine. */
    public static final int SEVERE = 8;
    private static final Pattern DIGITS = Pattern.compile("(?<![\\w.])(\\d{1,3})(?:[.,](\\d))?(?![\\w])");

    public RatingWords {
        numbers = numbers.stream().map(Words::fold).toList();
        worst = List.copyOf(worst);
        none = List.copyOf(none);
        skip = List.copyOf(skip);
        scale = List.copyOf(scale);
        notAfter = notAfter.stream().map(Words::fold).toList();
    }

    /** The rating the words give, 0 to 10, or empty when they give none. */
    public OptionalInt read(String words) {
        String text = " " + normalise(words) + " ";
        for (String s : scale) {
            text = text.replace(" " + normalise(s) + " ", " ");
        }
        int best = -1;
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            int value = Integer.parseInt(digits.group(1)) + (digits.group(2) != null && digits.group(2).charAt(0) > '0' ? 1 : 0);
            best = Math.max(best, value);
        }
        String[] tokens = text.strip().split(" ");
        String halfWords = half == null ? null : normalise(half);
        for (int i = 0; i < tokens.length; i++) {
            int value = numbers.indexOf(tokens[i]);
            if (value >= 0 && !(i > 0 && notAfter.contains(tokens[i - 1]))) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, i + 1, tokens.length));
                boolean andAHalf = halfWords != null && !halfWords.isEmpty()
                        && (rest.equals(halfWords) || rest.startsWith(halfWords + " "));
                best = Math.max(best, value + (andAHalf ? 1 : 0));
            }
        }
        if (best >= 0) {
            return OptionalInt.of(Math.min(TOP, best));
        }
        if (containsAny(text, worst)) {
            return OptionalInt.of(TOP);
        }
        return containsAny(text, none) ? OptionalInt.of(0) : OptionalInt.empty();
    }

    /** The words decline to rate ("skip", "I'd rather not"), and give no rating. */
    public boolean declines(String words) {
        return read(words).isEmpty() && containsAny(" " + normalise(words) + " ", skip);
    }

    private static boolean containsAny(String text, List<String> phrases) {
        for (String phrase : phrases) {
            if (text.contains(" " + normalise(phrase) + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String words) {
        return words == null ? "" : Words.fold(words).replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}'.,]+", " ").replaceAll("(?<!\\d)[.,]|[.,](?!\\d)", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
