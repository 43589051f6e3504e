package coach.backrelief.content;

import java.util.List;

/**
 * A stretch's position as a simple line drawing for the Echo Show (content/&lt;locale&gt;/drawings.json),
 * in the path syntax of Alexa Vector Graphics (SVG path data) on a {@code width} × {@code height}
 * viewport.
 *
 * @param width   the viewport width
 * @param height  the viewport height
 * @param strokes the lines, drawn in order
 */
public record Drawing(int width, int height, List<Stroke> strokes) {
    public Drawing {
        strokes = List.copyOf(strokes);
    }

    /**
     * One line of the drawing.
     *
     * @param path   SVG path data ("M 4 112 L 196 112")
     * @param filled filled (a head) rather than stroked
     */
    public record Stroke(String path, boolean filled) {
    }
}
