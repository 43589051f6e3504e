package coach.backrelief.local;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood of refusals writes at most one line per reason per second, and every refusal is counted. */
class RefusalLogTest {
    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final List<String> lines = new ArrayList<>();
    private final RefusalLog log = new RefusalLog(lines::add, now::get);

    @Test
    void aFloodWritesOneLinePerReasonPerSecondWithItsCount() {
        for (int i = 0; i < 10_000; i++) {
            log.record(Refusal.SIGNATURE_MISMATCH);
            now.addAndGet(MS / 10); // 10,000 refusals a second
        }
        // 1 s = 10,000 refusals: the first is logged at once, then one line each whole second
        assertThat(lines).containsExactly(
                "400 request not verified: Signature-256 does not match the body (1 request)");
        now.addAndGet(MS);
        log.flush();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("400 request not verified: Signature-256 does not match the body (9999 requests)");
        assertThat(log.total(Refusal.SIGNATURE_MISMATCH)).isEqualTo(10_000);
    }

    @Test
    void eachReasonHasItsOwnLine() {
        log.record(Refusal.TIMESTAMP_WINDOW);
        log.record(Refusal.CERT_URL_PATH);
        log.record(Refusal.TIMESTAMP_WINDOW);
        assertThat(lines).containsExactly(
                "400 request not verified: request.timestamp is more than 150 s from now (1 request)",
                "400 request not verified: SignatureCertChainUrl path is not under /echo.api/ (1 request)");
        now.addAndGet(999 * MS);
        log.flush();
        assertThat(lines).hasSize(2);
        now.addAndGet(MS);
        log.flush();
        assertThat(lines).last().isEqualTo("400 request not verified: request.timestamp is more than 150 s from now (1 request)");
        log.flush();
        assertThat(lines).hasSize(3);
    }
}
