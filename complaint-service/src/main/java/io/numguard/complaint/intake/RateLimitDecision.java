package io.numguard.complaint.intake;

/**
 * The rate limiter's answer: allowed, or refused with the whole seconds to wait ({@code Retry-After}).
 */
public record RateLimitDecision(boolean allowed, long retryAfterSeconds) {
    private static final RateLimitDecision ALLOWED = new RateLimitDecision(true, 0);

    public RateLimitDecision {
        if (allowed && retryAfterSeconds != 0) {
            throw new IllegalArgumentException("an allowed request has no retry-after");
        }
        if (!allowed && retryAfterSeconds < 1) {
            throw new IllegalArgumentException("a refused request waits at least one second");
        }
    }

    public static RateLimitDecision allow() {
        return ALLOWED;
    }

    public static RateLimitDecision retryAfter(long seconds) {
        return new RateLimitDecision(false, Math.max(1, seconds));
    }
}
