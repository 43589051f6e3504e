package coach.backrelief.content;

import java.util.Map;

/**
 * Checks the path data of a drawing: absolute SVG path commands only (M, L, Q, C, A, Z), each with
 * its count of numbers, every point inside the viewport. What Alexa Vector Graphics would draw
 * wrongly or not at all is refused when the content loads.
 */
final class PathData {
    /** Numbers each command takes. */
    private static final Map<String, Integer> ARITY = Map.of("M", 2, "L", 2, "Q", 4, "C", 6, "A", 7, "Z", 0);

    private PathData() {
    }

    static void check(String data, int width, int height, String where) {
        String[] tokens = data.strip().split("[\\s,]+");
        if (!tokens[0].equals("M")) {
            throw new ContentException(where + ": path data must start with M: " + data);
        }
        int i = 0;
        while (i < tokens.length) {
            String command = tokens[i++];
            Integer arity = ARITY.get(command);
            if (arity == null) {
                throw new ContentException(where + ": unknown path command '" + command + "' in: " + data);
            }
            if (i + arity > tokens.length) {
                throw new ContentException(where + ": " + command + " needs " + arity + " numbers in: " + data);
            }
            double[] n = new double[arity];
            for (int k = 0; k < arity; k++) {
                try {
                    n[k] = Double.parseDouble(tokens[i + k]);
                } catch (NumberFormatException e) {
                    throw new ContentException(where + ": not a number '" + tokens[i + k] + "' in: " + data);
                }
            }
            i += arity;
            // points: pairs, except the arc's radii, rotation and flags (its last two numbers are the point)
            int first = command.equals("A") ? 5 : 0;
            for (int k = first; k + 1 < arity; k += 2) {
                if (n[k] < 0 || n[k] > width || n[k + 1] < 0 || n[k + 1] > height) {
                    throw new ContentException(where + ": point " + n[k] + "," + n[k + 1] + " outside the "
                            + width + " x " + height + " viewport in: " + data);
                }
            }
        }
    }
}
