package coach.backrelief.progress;

import coach.backrelief.faults.Faults;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of a {@link UserProgress}: compact, dates and instants as ISO text, nulls left
 * out. A record with a newer {@link UserProgress#schemaVersion} than this code is refused as
 * {@link CorruptProgressException}, so an older deployment never drops fields it does not know
 * by saving over them.
 */
final class ProgressJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    String write(UserProgress progress) {
        try {
            return mapper.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progress record not serialisable", e);
        }
    }

    UserProgress read(String json) {
        UserProgress progress;
        try {
            progress = json == null ? null : mapper.readValue(json, UserProgress.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CorruptProgressException("progress record unreadable: " + Faults.describe(e), e);
        }
        if (progress == null) {
            throw new CorruptProgressException("progress record empty", null);
        }
        if (progress.schemaVersion() > UserProgress.SCHEMA_VERSION || progress.schemaVersion() < 1) {
            throw new CorruptProgressException("progress schema " + progress.schemaVersion() + " not supported", null);
        }
        return progress;
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
