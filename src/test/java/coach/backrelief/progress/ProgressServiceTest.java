package coach.backrelief.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The service's locking, merge and fault rules, on a mocked store. */
class ProgressServiceTest {
    static final String USER = "amzn1.ask.account.SECRET-USER";
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    final ProgressStore store = mock(ProgressStore.class);
    final ProgressService service = new ProgressService(store);

    @Test
    void newUserReadsAsEmptyAndAvailable() {
        when(store.load(USER)).thenReturn(Optional.empty());
        ProgressRead read = service.read(USER);
        assertThat(read.available()).isTrue();
        assertThat(read.version()).isZero();
        assertThat(read.progress()).isEqualTo(UserProgress.empty());
    }

    @Test
    void updateSavesConditionallyOnTheVersionRead() {
        UserProgress v3 = UserProgress.empty().withPreferredRoutine("basic");
        when(store.load(USER)).thenReturn(Optional.of(new StoredProgress(v3, 3)));
        Optional<UserProgress> saved = service.update(USER, p -> p.recordCompletion(DAY, "basic", 300));
        assertThat(saved).isPresent();
        verify(store).save(USER, v3.recordCompletion(DAY, "basic", 300), 3);
    }

    @Test
    void onConflictTheChangeIsReappliedToTheNewerRecord() {
        UserProgress mine = UserProgress.empty();
        UserProgress theirs = UserProgress.empty().recordCompletion(DAY, "other-device", 100);
        when(store.load(USER)).thenReturn(Optional.of(new StoredProgress(mine, 1)))
                .thenReturn(Optional.of(new StoredProgress(theirs, 2)));
        when(store.save(eq(USER), any(), eq(1L))).thenThrow(new ConflictException(1));

        Optional<UserProgress> saved = service.update(USER, p -> p.recordCompletion(DAY, "basic", 300));

        UserProgress merged = theirs.recordCompletion(DAY, "basic", 300);
        assertThat(saved).contains(merged);
        assertThat(merged.history()).extracting(CompletedSession::routineId).containsExactly("other-device", "basic");
        verify(store).save(USER, merged, 2);
    }

    @Test
    void aRecordThatKeepsChangingGivesUpAfterOneSecondWithOneWarningAndNeverForces() {
        when(store.load(USER)).thenReturn(Optional.of(new StoredProgress(UserProgress.empty(), 1)))
                .thenReturn(Optional.of(new StoredProgress(UserProgress.empty(), 2)));
        when(store.save(anyString(), any(), anyLong())).thenThrow(new ConflictException(0));
        AtomicReference<Optional<UserProgress>> saved = new AtomicReference<>();

        long start = System.nanoTime();
        List<String> log = Warnings.during(() -> saved.set(service.update(USER, p -> p.withPreferredRoutine("x"))));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(saved.get()).isEmpty();
        assertThat(log).hasSize(1).allMatch(l -> l.contains("WARN") && l.contains("1000 ms") && !l.contains(USER));
        // the first save, then retries at most 5 ms apart for 1 s (more than 3, fewer than 1000)
        assertThat(millis).isBetween(1000L, 1500L);
        verify(store, atLeast(3)).save(anyString(), any(), anyLong());
        verify(store, atMost(1000)).save(anyString(), any(), anyLong());
        verify(store, never()).save(anyString(), any(), eq(0L));
    }

    @Test
    void anUnchangedRecordIsNotWritten() {
        when(store.load(USER)).thenReturn(Optional.of(new StoredProgress(UserProgress.empty(), 4)));
        assertThat(service.update(USER, p -> p)).contains(UserProgress.empty());
        verify(store, never()).save(anyString(), any(), anyLong());
    }

    @Test
    void aFailedReadIsNeverSavedOver() {
        when(store.load(USER)).thenThrow(new ProgressStoreException("DynamoDB read failed (Throttling)"));
        List<String> log = Warnings.during(() -> {
            ProgressRead read = service.read(USER);
            assertThat(read.available()).isFalse();
            assertThat(service.update(USER, read, p -> p.withPreferredRoutine("x"))).isEmpty();
        });
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("WARN", "progress not read this time", "Throttling").doesNotContain(USER);
        verify(store, never()).save(anyString(), any(), anyLong());
    }

    @Test
    void updateWithAnEarlierReadDoesNotReadAgain() {
        ProgressRead read = new ProgressRead(UserProgress.empty(), 7, true);
        assertThat(service.update(USER, read, p -> p.withPreferredRoutine("gentle"))).isPresent();
        verify(store, never()).load(anyString());
        verify(store).save(USER, UserProgress.empty().withPreferredRoutine("gentle"), 7);
    }

    @Test
    void forgetReportsAFailedDelete() {
        org.mockito.Mockito.doThrow(new IllegalStateException("boom")).when(store).delete(USER);
        List<String> log = Warnings.during(() -> assertThat(service.forget(USER)).isFalse());
        assertThat(log).hasSize(1).allMatch(l -> l.endsWith("progress not deleted this time: an invalid value"));
    }

    /** A store holding one record in memory whose saves take {@code saveMillis}. */
    private static ProgressStore slowSaves(UserProgress first, long saveMillis) {
        AtomicReference<StoredProgress> held = new AtomicReference<>(new StoredProgress(first, 1));
        return new ProgressStore() {
            @Override
            public Optional<StoredProgress> load(String userId) {
                return Optional.of(held.get());
            }

            @Override
            public long save(String userId, UserProgress progress, long expectedVersion) {
                try {
                    Thread.sleep(saveMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                held.set(new StoredProgress(progress, expectedVersion + 1));
                return expectedVersion + 1;
            }

            @Override
            public void delete(String userId) {
            }
        };
    }

    @Test
    void aReadWaitsForTheSameUsersBackgroundUpdateStillRunning() {
        // a red flag clears the saved routine after the answer; the user's next request must not see it
        UserProgress withRoutine = UserProgress.empty().withPreferredRoutine("basic");
        ProgressService slow = new ProgressService(slowSaves(withRoutine, 30));
        slow.updateLater(USER, p -> p.withPreferredRoutine("gentle"));
        assertThat(slow.read(USER).progress().preferredRoutine()).contains("gentle");
    }

    @Test
    void aReadWaitsAtMostAShortTimeForAStuckBackgroundUpdate() {
        UserProgress withRoutine = UserProgress.empty().withPreferredRoutine("basic");
        ProgressService stuck = new ProgressService(slowSaves(withRoutine, 3_000));
        stuck.updateLater(USER, p -> p.withPreferredRoutine("gentle"));
        long start = System.nanoTime();
        ProgressRead read = stuck.read(USER);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(read.progress().preferredRoutine()).contains("basic");
        assertThat(waitedMillis).as("waited for a write that takes 3 s").isLessThan(2_000);
    }

    @Test
    void anotherUsersReadDoesNotWaitForABackgroundUpdate() {
        UserProgress withRoutine = UserProgress.empty().withPreferredRoutine("basic");
        ProgressService slow = new ProgressService(slowSaves(withRoutine, 3_000));
        slow.updateLater(USER, p -> p.withPreferredRoutine("gentle"));
        long start = System.nanoTime();
        slow.read("amzn1.ask.account.SOMEONE-ELSE");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(250);
    }
}
