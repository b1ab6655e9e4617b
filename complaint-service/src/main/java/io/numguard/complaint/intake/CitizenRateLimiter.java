package io.numguard.complaint.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code limit} complaints per citizen in any sliding {@code window} (e.g. 10 per 24 h). Exact sliding log:
 * each citizen keeps the times of their last {@code limit} allowed complaints, so memory is {@code limit} longs per
 * active citizen; meant for small limits. Thread-safe (per-key atomic updates); time comes from the injected clock.
 *
 * <p>State is in memory, per service instance: with several replicas behind a load balancer a citizen gets up to
 * {@code limit} per replica. Citizens idle for a whole window are evicted now and then, and by {@link #evictIdle()}.
 */
public final class CitizenRateLimiter {
    private static final int SWEEP_EVERY = 4096;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, Log> logs = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    public CitizenRateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts the attempt if allowed; a refused attempt does not use up anything. */
    public RateLimitDecision tryAcquire(String citizenKey) {
        if (citizenKey == null) {
            throw new IllegalArgumentException("citizenKey is required");
        }
        long now = clock.millis();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            evictIdle(now);
        }
        long[] waitMillis = {0};
        logs.compute(citizenKey, (k, log) -> {
            Log l = log == null ? new Log(limit) : log;
            waitMillis[0] = l.tryAdd(now, windowMillis);
            return l;
        });
        return waitMillis[0] == 0 ? RateLimitDecision.allow()
                : RateLimitDecision.retryAfter((waitMillis[0] + 999) / 1000);
    }

    /** Forgets citizens whose last complaint is a whole window old; call it from a scheduler if you like. */
    public void evictIdle() {
        evictIdle(clock.millis());
    }

    /** Citizens currently remembered. */
    public int size() {
        return logs.size();
    }

    private void evictIdle(long now) {
        logs.forEach((k, v) -> logs.computeIfPresent(k, (key, log) -> log.newest() <= now - windowMillis ? null : log));
    }

    /** Ring buffer of the last {@code limit} allowed times; only touched inside {@code compute}, so per-key atomic. */
    private static final class Log {
        private final long[] times;
        private int next;   // where the next time goes; when full, also the oldest
        private int size;

        Log(int limit) {
            this.times = new long[limit];
        }

        /** 0 if allowed (and recorded), otherwise the milliseconds until the oldest time leaves the window. */
        long tryAdd(long now, long windowMillis) {
            if (size == times.length) {
                long oldest = times[next];
                long leavesAt = oldest + windowMillis;
                if (leavesAt > now) {
                    return leavesAt - now;
                }
            } else {
                size++;
            }
            times[next] = now;
            next = (next + 1) % times.length;
            return 0;
        }

        long newest() {
            return size == 0 ? Long.MIN_VALUE : times[(next - 1 + times.length) % times.length];
        }
    }
}
