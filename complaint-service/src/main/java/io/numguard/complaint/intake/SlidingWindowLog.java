package io.numguard.complaint.intake;

import java.util.Arrays;

/**
 * The citizen rate limit's rule: at most {@code limit} allowed attempts in any sliding {@code window}, decided from
 * the times of the citizen's last allowed attempts (at most {@code limit} of them, oldest first). Exact, not an
 * approximation by fixed buckets; a refused attempt uses up nothing. Pure: the limiter keeps the times (in
 * PostgreSQL, shared by every replica) and gives them here.
 */
public final class SlidingWindowLog {
    /** The decision and, when allowed, the times to keep (the new attempt included; oldest first). */
    public record Attempt(RateLimitDecision decision, long[] times) {
    }

    private SlidingWindowLog() {
    }

    /**
     * @param times the last allowed attempts, epoch milliseconds, oldest first
     * @param now   this attempt, epoch milliseconds
     */
    public static Attempt tryAdd(long[] times, long now, int limit, long windowMillis) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (windowMillis < 1) {
            throw new IllegalArgumentException("window must be positive");
        }
        long[] inWindow = Arrays.stream(times).filter(t -> t > now - windowMillis).toArray();
        if (inWindow.length >= limit) {
            // the attempt that must leave the window before another fits: the limit-th newest
            long leavesAt = inWindow[inWindow.length - limit] + windowMillis;
            return new Attempt(RateLimitDecision.retryAfter((leavesAt - now + 999) / 1000), times);
        }
        long[] kept = Arrays.copyOf(inWindow, inWindow.length + 1);
        kept[inWindow.length] = now;
        return new Attempt(RateLimitDecision.allow(), kept);
    }
}
