package coach.backrelief.local;

import java.util.List;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Normalises typed text the way both samples and user input are compared: case, punctuation, contractions. */
final class Utterances {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern ER_HESITATION = Pattern.compile("(?<![\\p{L}\\p{N}])er\\s*[,.!?…-]+");
    /** A single letter followed by a period. */
    private static final Pattern SPELLED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.");
    private static final String SPELLED_MARK = "\u02bc\u02bc";
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("what's", "what is"), Map.entry("it's", "it is"), Map.entry("i'm", "i am"),
            Map.entry("i've", "i have"), Map.entry("i'd", "i would"), Map.entry("there's", "there is"),
            Map.entry("that's", "that is"), Map.entry("don't", "do not"), Map.entry("doesn't", "does not"),
            Map.entry("won't", "will not"), Map.entry("can't", "cannot"), Map.entry("i'll", "i will"));

    private Utterances() {
    }

    /** Hesitation sounds Alexa's speech recognition leaves out of what it hears. */
    private static final java.util.Set<String> HESITATIONS = java.util.Set.of("um", "umm", "ummm", "uh", "uhh", "uhm",
            "erm", "errm", "hmm", "hmmm", "mm", "mmm");

    /**
     * Lower case, punctuation to spaces, common contractions expanded, hesitations dropped, single
     * spaces; spoken letters written the model's way or typed together agree ("g. p." and "GP" are
     * both "gp"), and numbers of three or more digits are read digit by digit, as the model writes
     * them ("911" is "nine one one").
     */
    static String normalise(String text) {
        // accents folded as the skill's triage folds them: "qué" typed or heard is "que"
        String lower = coach.backrelief.knowledge.Words.fold(text).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("&", " and ");
        // "er," with a pause after it is a hesitation (British "er"); without one it may be the ER
        lower = ER_HESITATION.matcher(lower).replaceAll(" ");
        // a letter written with a period is spelled out ("g. p.", "i. v."): mark it before punctuation goes
        lower = SPELLED.matcher(lower).replaceAll("$1" + SPELLED_MARK);
        List<String> words = new java.util.ArrayList<>();
        java.util.Set<Integer> spelled = new java.util.HashSet<>();
        for (String word : NOT_WORD.matcher(lower).replaceAll(" ").trim().split("\\s+")) {
            boolean marked = word.endsWith(SPELLED_MARK);
            String bare = (marked ? word.substring(0, word.length() - SPELLED_MARK.length()) : word)
                    .replaceAll("^'+|'+$", "");
            if (marked) {
                spelled.add(words.size());
            }
            if (bare.isEmpty() || HESITATIONS.contains(bare)) {
                continue;
            }
            if (bare.length() >= 3 && bare.chars().allMatch(Character::isDigit)) {
                bare.chars().forEach(c -> words.add(NUMBER_WORDS.get(c - '0')));
            } else {
                words.addAll(java.util.Arrays.asList(CONTRACTIONS.getOrDefault(bare, bare).split(" ")));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // "GP" and "g. p." agree; "i" and "a" are words unless spelled ("I, um, I can't" stays "i i cannot")
            boolean runContinues = i > 0 && isLetter(words.get(i), spelled.contains(i))
                    && isLetter(words.get(i - 1), spelled.contains(i - 1));
            out.append(out.length() == 0 || runContinues ? "" : " ").append(w);
        }
        return out.toString();
    }

    private static boolean isLetter(String w, boolean spelled) {
        return w.length() == 1 && Character.isLetter(w.charAt(0)) && (spelled || !(w.equals("i") || w.equals("a")));
    }

    static int words(String normalised) {
        return normalised.isEmpty() ? 0 : normalised.split(" ").length;
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty");

    /**
     * An AMAZON.TIME value as Alexa sends it: "08:00" for "eight", "8 am" or "eight in the morning",
     * "19:30" for "seven thirty pm" or "half past seven in the evening", "12:00" for "noon", and
     * MO, AF, EV, NI for a part of the day alone; null otherwise. (A bare hour is taken as given,
     * 1 to 12 as morning, as this console has no device clock to guess with.)
     */
    static String time(String spoken) {
        String words = spanishTime(normalise(spoken)).replaceAll("\\b(at|about|around|o'clock|oclock)\\b", " ").trim()
                .replaceAll("\\s+", " ");
        switch (words) {
            case "morning", "the morning", "in the morning" -> { return "MO"; }
            case "afternoon", "the afternoon", "in the afternoon" -> { return "AF"; }
            case "evening", "the evening", "in the evening" -> { return "EV"; }
            case "night", "at night", "tonight" -> { return "NI"; }
            case "noon", "midday" -> { return "12:00"; }
            default -> { }
        }
        boolean pm = words.matches(".*\\b(pm|p m|p. m.|in the evening|in the afternoon|at night|tonight)$");
        boolean am = words.matches(".*\\b(am|a m|a. m.|in the morning)$");
        String clock = words.replaceAll("\\b(pm|p m|p\\. m\\.|am|a m|a\\. m\\.|in the evening|in the afternoon|in the morning|at night|tonight)$", "")
                .trim();
        int minute = 0;
        if (clock.startsWith("half past ")) {
            minute = 30;
            clock = clock.substring("half past ".length());
        } else if (clock.startsWith("quarter past ")) {
            minute = 15;
            clock = clock.substring("quarter past ".length());
        }
        String[] parts = clock.split("[ :]", 2);
        String hour = number(parts[0]);
        if (hour == null || Integer.parseInt(hour) > 23) {
            return null;
        }
        if (parts.length == 2) {
            String m = number(parts[1]);
            if (m == null || Integer.parseInt(m) > 59 || minute != 0) {
                return null;
            }
            minute = Integer.parseInt(m);
        }
        int h = Integer.parseInt(hour);
        if (pm && h < 12) {
            h += 12;
        } else if (am && h == 12) {
            h = 0;
        }
        return String.format(java.util.Locale.ROOT, "%02d:%02d", h, minute);
    }

    /** Spanish number words, accents folded ("dieciséis" is "dieciseis"), as one word each. */
    private static final Map<String, Integer> SPANISH_NUMBERS = spanishNumbers();
    private static final List<String> SPANISH_TENS = List.of("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta");

    private static Map<String, Integer> spanishNumbers() {
        List<String> words = List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
                "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
                "veintiseis", "veintisiete", "veintiocho", "veintinueve");
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            out.put(words.get(i), i);
        }
        out.put("un", 1);
        out.put("una", 1);
        return Map.copyOf(out);
    }

    /** A Spanish number of one word, or "treinta y cinco"; null otherwise. */
    private static Integer spanish(String[] parts) {
        if (parts.length == 1 && SPANISH_NUMBERS.containsKey(parts[0])) {
            return SPANISH_NUMBERS.get(parts[0]);
        }
        if (parts.length == 1 && SPANISH_TENS.indexOf(parts[0]) > 2) {
            return 10 * SPANISH_TENS.indexOf(parts[0]);
        }
        if (parts.length == 3 && SPANISH_TENS.indexOf(parts[0]) > 2 && parts[1].equals("y")
                && SPANISH_NUMBERS.getOrDefault(parts[2], 0) > 0 && SPANISH_NUMBERS.get(parts[2]) < 10) {
            return 10 * SPANISH_TENS.indexOf(parts[0]) + SPANISH_NUMBERS.get(parts[2]);
        }
        return null;
    }

    /**
     * A Spanish time said the English way for {@link #time}: "a las ocho de la mañana" is "eight in
     * the morning", "siete y media de la tarde" is "half past seven in the evening", "en la noche" is
     * "at night"; English words pass unchanged.
     */
    private static String spanishTime(String words) {
        String w = (" " + words + " ").replaceAll(" (a las|a la|sobre las|como a las|tipo) ", " ")
                .replaceAll(" en punto ", " ");
        w = w.replaceAll("^ (la |en la |por la )?mañana $", " morning ").replaceAll("^ (la |en la |por la )?tarde $", " afternoon ")
                .replaceAll("^ (la |en la |por la )?noche $", " night ").replaceAll(" mediodia ", " noon ")
                .replaceAll(" (de|en|por) la mañana $", " in the morning ").replaceAll(" (de|en|por) la (tarde|noche) $", " pm ");
        java.util.regex.Matcher half = Pattern.compile("^ (\\S+(?: y \\S+)?) y (media|cuarto) (.*)$").matcher(w);
        if (half.matches() && spanish(half.group(1).split(" ")) != null) {
            w = " " + (half.group(2).equals("media") ? "half past " : "quarter past ") + half.group(1) + " " + half.group(3);
        }
        String out = w.trim();
        for (String part : out.split(" ")) {
            Integer n = SPANISH_NUMBERS.get(part);
            if (n != null) {
                out = out.replaceFirst("\\b" + part + "\\b", String.valueOf(n));
            }
        }
        return out;
    }

    /** An AMAZON.NUMBER value as Alexa sends it (digits), from digits or English or Spanish words up to sixty-nine; null otherwise. */
    static String number(String spoken) {
        String words = normalise(spoken);
        if (words.matches("\\d{1,4}")) {
            return String.valueOf(Integer.parseInt(words));
        }
        Integer inSpanish = spanish(words.split(" "));
        if (inSpanish != null) {
            return String.valueOf(inSpanish);
        }
        String[] parts = words.split(" ");
        if (parts.length == 1 && NUMBER_WORDS.contains(parts[0])) {
            return String.valueOf(NUMBER_WORDS.indexOf(parts[0]));
        }
        if (parts.length == 1 && TENS.indexOf(parts[0]) > 1) {
            return String.valueOf(10 * TENS.indexOf(parts[0]));
        }
        if (parts.length == 2 && TENS.indexOf(parts[0]) > 1 && NUMBER_WORDS.indexOf(parts[1]) > 0
                && NUMBER_WORDS.indexOf(parts[1]) < 10) {
            return String.valueOf(10 * TENS.indexOf(parts[0]) + NUMBER_WORDS.indexOf(parts[1]));
        }
        return null;
    }

    /** True when any word of {@code spoken} says a number ("ten minutes", "about 5"). */
    static boolean hasNumber(String spoken) {
        for (String word : normalise(spoken).split(" ")) {
            if (!word.isEmpty() && (word.matches("\\d+") || NUMBER_WORDS.contains(word) || TENS.indexOf(word) > 1
                    || SPANISH_NUMBERS.containsKey(word) || SPANISH_TENS.indexOf(word) > 2)) {
                return true;
            }
        }
        return false;
    }
}
