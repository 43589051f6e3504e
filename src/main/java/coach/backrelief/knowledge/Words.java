package coach.backrelief.knowledge;

import java.util.Locale;

/**
 * How the locale's words are compared: lower case, and vowels without their accents ("está" and
 * "esta", "rápida" and "rapida" are the same word), so that a speech recogniser's spelling and a
 * typed one both match the vocabulary. Only vowels are folded: "ñ" stays ("año" is not "ano").
 */
public final class Words {
    private Words() {
    }

    /** The text in lower case with accented vowels replaced by plain ones. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char plain = plain(c);
            if (plain != c && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (out != null) {
                out.append(plain);
            }
        }
        return out == null ? lower : out.toString();
    }

    private static char plain(char c) {
        return switch (c) {
            case 'á', 'à', 'â', 'ä' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ó', 'ò', 'ô', 'ö' -> 'o';
            case 'ú', 'ù', 'û', 'ü' -> 'u';
            default -> c;
        };
    }
}
