package io.numguard.complaint.intake;

import io.numguard.support.rule.ProblemType;
import io.numguard.support.rule.RefusalReason;

/**
 * The citizen complained too often: {@link IntakeRefusalReason#RATE_LIMITED}'s problem type, with the whole seconds
 * to wait (the {@code Retry-After} the caller is told). The one intake reason that carries a value.
 */
public record RateLimited(long retryAfterSeconds) implements RefusalReason {
    public RateLimited {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("a refused request waits at least one second");
        }
    }

    @Override
    public ProblemType problemType() {
        return IntakeRefusalReason.RATE_LIMITED.problemType();
    }
}
