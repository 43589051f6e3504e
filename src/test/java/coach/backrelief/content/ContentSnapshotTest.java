package coach.backrelief.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader gives for each locale is exactly the saved snapshot (written on the databind
 * loader). {@code -Dcontent.snapshot.write=true} rewrites the files instead (from the module root).
 */
class ContentSnapshotTest {
    static final java.util.List<String> LOCALES = ContentSnapshot.LOCALES;
    private static final ContentRepository REPOSITORY = new ContentRepository();

    @ParameterizedTest
    @FieldSource("LOCALES")
    void loadsExactlyTheSnapshot(String locale) throws IOException {
        String rendered = ContentSnapshot.render(REPOSITORY.forLocale(locale));
        if (Boolean.getBoolean("content.snapshot.write")) {
            Path file = Path.of("src/test/resources" + ContentSnapshot.resource(locale));
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream(ContentSnapshot.resource(locale))) {
            assertThat(in).as("snapshot of " + locale).isNotNull();
            assertThat(rendered).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
