package io.numguard.complaint.intake.persistence;

import io.numguard.complaint.intake.RateLimitDecision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen rate limit in PostgreSQL (test profile: 5 per hour). Its state is in the database, so concurrent
 * callers stand for replicas behind a load balancer: together they allow exactly the limit.
 */
@QuarkusTest
class CitizenRateLimitStoreTest {
    @Inject
    PostgresCitizenRateLimiter limiter;
    @Inject
    EntityManager em;

    @Test
    void concurrentAttemptsForOneCitizenAllowExactlyTheLimitAndTellHowLongToWait() throws Exception {
        String citizen = "citizen-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RateLimitDecision>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return limiter.tryAcquire(citizen);
                }));
            }
            start.countDown();
            long allowed = 0;
            for (Future<RateLimitDecision> f : answers) {
                RateLimitDecision d = f.get(60, TimeUnit.SECONDS);
                if (d.allowed()) {
                    allowed++;
                } else {
                    // the oldest of the five leaves the hour's window in at most an hour
                    assertThat(d.retryAfterSeconds()).isBetween(1L, 3600L);
                }
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(logLength(citizen)).isEqualTo(5);
        // another citizen has their own allowance
        assertThat(limiter.tryAcquire("citizen-" + UUID.randomUUID()).allowed()).isTrue();
    }

    @Test
    void aRefusedAttemptWithinACallersTransactionThatRollsBackLeavesTheLogAsItWas() {
        String citizen = "citizen-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                assertThat(limiter.tryAcquire(citizen).allowed()).isTrue();
                throw new IllegalStateException("the complaint could not be stored");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back, the attempt with it
        }
        assertThat(logLength(citizen)).isZero();
    }

    @Test
    void citizensIdleForAWholeWindowArePruned() {
        String idle = "citizen-" + UUID.randomUUID();
        limiter.tryAcquire(idle);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update citizen_rate_log set last_at = last_at - 3600001 where citizen = ?1")
                .setParameter(1, idle).executeUpdate());
        String active = "citizen-" + UUID.randomUUID();
        limiter.tryAcquire(active);

        assertThat(limiter.pruneIdle()).isGreaterThanOrEqualTo(1);
        assertThat(logLength(idle)).isZero();
        assertThat(logLength(active)).isEqualTo(1);
    }

    private int logLength(String citizen) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce((select cardinality(allowed_at) from citizen_rate_log where citizen = ?1), 0)")
                .setParameter(1, citizen).getSingleResult()).intValue());
    }
}
