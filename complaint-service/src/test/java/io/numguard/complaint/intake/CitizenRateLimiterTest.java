package io.numguard.complaint.intake;

import io.numguard.devstack.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of {@link SlidingWindowLog} (here over an in-memory log; CitizenRateLimitStoreTest: in PostgreSQL). */
class CitizenRateLimiterTest {
    private final MutableClock clock = MutableClock.at("2025-03-01T08:00:00Z");
    private final CitizenRateLimiter limiter = new InMemoryCitizenRateLimiter(3, Duration.ofHours(1), clock);

    @Test
    void allowsNPerWindowThenSaysHowLongToWait() {
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();

        RateLimitDecision refused = limiter.tryAcquire("alice");
        assertThat(refused.allowed()).isFalse();
        // the first one (08:00) leaves the window at 09:00; it is 08:20
        assertThat(refused.retryAfterSeconds()).isEqualTo(40 * 60);
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
            clock.advance(Duration.ofMinutes(20));
        }
        // 09:00: the 08:00 complaint just left the window
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
        // 09:00 again: the 08:20 one is still in it, 20 minutes to go
        assertThat(limiter.tryAcquire("alice")).isEqualTo(RateLimitDecision.retryAfter(20 * 60));
    }

    @Test
    void refusalsDoNotUseUpTheAllowanceAndRetryAfterRoundsUp() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("alice");
        }
        clock.advance(Duration.ofMinutes(59).plusSeconds(59).plusMillis(500));
        assertThat(limiter.tryAcquire("alice").retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.tryAcquire("alice").allowed()).isFalse();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
    }

    @Test
    void eachCitizenHasTheirOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("alice");
        }
        assertThat(limiter.tryAcquire("alice").allowed()).isFalse();
        assertThat(limiter.tryAcquire("bob").allowed()).isTrue();
    }

    @Test
    void concurrentAttemptsNeverExceedTheLimit() throws Exception {
        CitizenRateLimiter shared = new InMemoryCitizenRateLimiter(50, Duration.ofDays(1), clock);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int t = 0; t < 4; t++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 100; i++) {
                        if (shared.tryAcquire("alice").allowed()) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(allowed.get()).isEqualTo(50);
    }
}
