package io.numguard.complaint.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** The rule of {@link SlidingWindowLog} with the logs in one JVM's memory: for unit tests of the intake rules. */
public final class InMemoryCitizenRateLimiter implements CitizenRateLimiter {
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> logs = new ConcurrentHashMap<>();

    public InMemoryCitizenRateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    @Override
    public RateLimitDecision tryAcquire(String citizenKey) {
        RateLimitDecision[] decision = new RateLimitDecision[1];
        logs.compute(citizenKey, (k, times) -> {
            SlidingWindowLog.Attempt a = SlidingWindowLog.tryAdd(times == null ? new long[0] : times, clock.millis(),
                    limit, windowMillis);
            decision[0] = a.decision();
            return a.times();
        });
        return decision[0];
    }
}
