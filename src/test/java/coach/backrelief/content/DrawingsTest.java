package coach.backrelief.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drawings that Alexa Vector Graphics would draw wrongly are refused when content loads. */
class DrawingsTest {
    @Test
    void everyStretchOfEveryEnglishLocaleHasItsDrawing() {
        for (String tag : new String[]{"en-US", "en-GB", "en-CA", "en-AU", "en-IN"}) {
            Content content = new ContentRepository().forLocale(tag);
            for (String id : content.catalog().stretchIds()) {
                Drawing drawing = content.drawing(id);
                assertThat(drawing.width()).isEqualTo(200);
                assertThat(drawing.height()).isEqualTo(120);
                assertThat(drawing.strokes()).as(tag + " " + id).isNotEmpty();
            }
        }
    }

    @Test
    void pathDataOutsideTheViewportOrMalformedIsRefused() {
        PathData.check("M 4 112 L 196 112", 200, 120, "ok");
        PathData.check("M 16 92 A 8 8 0 1 0 32 92 A 8 8 0 1 0 16 92 Z", 200, 120, "a head");
        assertThatThrownBy(() -> PathData.check("M 4 112 L 206 112", 200, 120, "x"))
                .isInstanceOf(ContentException.class).hasMessageContaining("outside the 200 x 120 viewport");
        assertThatThrownBy(() -> PathData.check("L 4 112", 200, 120, "x"))
                .isInstanceOf(ContentException.class).hasMessageContaining("must start with M");
        assertThatThrownBy(() -> PathData.check("M 4 112 H 30", 200, 120, "x"))
                .isInstanceOf(ContentException.class).hasMessageContaining("unknown path command 'H'");
        assertThatThrownBy(() -> PathData.check("M 4 112 Q 5 6 7", 200, 120, "x"))
                .isInstanceOf(ContentException.class).hasMessageContaining("Q needs 4 numbers");
        assertThatThrownBy(() -> PathData.check("M 4 x", 200, 120, "x"))
                .isInstanceOf(ContentException.class);
    }
}
