package coach.backrelief.speech;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedTest {
    @Test
    void keysComeOutInTheOrderGivenEveryTime() {
        // Map.of iterates in a per-JVM order: the directive's bytes would differ between processes
        assertThat(List.copyOf(Ordered.map("type", "Mixer", "items", List.of(), "when", 1, "id", "x").keySet()))
                .containsExactly("type", "items", "when", "id");
    }

    @Test
    void aKeyGivenTwiceOrAnOddListIsRefused() {
        assertThatThrownBy(() -> Ordered.map("type", "a", "type", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ordered.map("type")).isInstanceOf(IllegalArgumentException.class);
    }
}
