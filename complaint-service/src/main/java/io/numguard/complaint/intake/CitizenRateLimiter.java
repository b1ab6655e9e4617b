package io.numguard.complaint.intake;

/**
 * At most {@code limit} complaints per citizen in any sliding window (e.g. 10 per 24 h), the rule of
 * {@link SlidingWindowLog}. The service's limiter keeps each citizen's log in PostgreSQL, so the limit holds across
 * every replica behind the load balancer, not per JVM.
 */
public interface CitizenRateLimiter {
    /** Counts the attempt if allowed; a refused attempt does not use up anything. */
    RateLimitDecision tryAcquire(String citizenKey);
}
