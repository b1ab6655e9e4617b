package io.numguard.complaint.intake.service;

import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.complaint.testing.Fixtures;
import io.numguard.contracts.number.PhoneNumber;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two transactions store the same complainant's complaint about the same number on the same day at once: rows are
 * stored before the subject locks, so both are in the table before either decides; exactly one may count.
 */
@QuarkusTest
class ConcurrentFirstOfTheDayTest {
    @Inject
    ComplaintRecorder recorder;
    @Inject
    EntityManager em;

    private ComplaintStore.Row row(PhoneNumber number, ComplaintCategory category) {
        return new ComplaintStore.Row(new Complaint(number, category, ComplaintSource.CARRIER, "concurrent-hash",
                "CT", Instant.now()), recorder.segmentOf(number), null, null, null, null, null);
    }

    /** Sessions of this database waiting on a lock the given backend holds. */
    private int blockedBy(int backend) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'
                  and ?1 = any(pg_blocking_pids(pid))""").setParameter(1, backend).getSingleResult()).intValue());
    }

    @Test
    void ofTwoOverlappingBatchesWithTheSameKeyOnlyTheOneThatCommitsFirstCounts() throws Exception {
        PhoneNumber number = new PhoneNumber(Fixtures.newNumber());
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        AtomicInteger firstBackend = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    boolean counted = recorder.record(List.of(row(number, ComplaintCategory.FRAUD)), Instant.now())
                            .get(0).counted();
                    firstBackend.set(((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult())
                            .intValue());
                    firstRecorded.countDown();
                    assertThat(commitFirst.await(30, TimeUnit.SECONDS)).isTrue(); // hold the locks, uncommitted
                    return counted;
                }));
        assertThat(firstRecorded.await(30, TimeUnit.SECONDS)).isTrue();
        // the second stores its row now, then waits for the first's locks
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> recorder.record(List.of(row(number, ComplaintCategory.HARASSMENT)), Instant.now())
                        .get(0).counted()));
        // proof of blocking, not a pause: PostgreSQL itself reports a session waiting for the first one's locks
        await("the second transaction waits for the first's locks").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20)).until(() -> blockedBy(firstBackend.get()) > 0);
        assertThat(second).isNotDone();
        commitFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        Object[] rows = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        select count(*), count(*) filter (where counted), max(category) filter (where counted)
                        from complaint where number = ?1""").setParameter(1, number.digits()).getSingleResult());
        assertThat(((Number) rows[0]).intValue()).isEqualTo(2);
        assertThat(((Number) rows[1]).intValue()).isEqualTo(1);
        assertThat(rows[2]).isEqualTo("FRAUD");
    }
}
