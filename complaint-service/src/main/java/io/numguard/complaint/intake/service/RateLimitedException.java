package io.numguard.complaint.intake.service;

import io.numguard.complaint.intake.IntakeRefusalReason;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.rule.ProblemType;

/** 429 with the seconds to wait, rendered with a {@code Retry-After} header. */
public class RateLimitedException extends ProblemException {
    private static final ProblemType TYPE = IntakeRefusalReason.RATE_LIMITED.problemType();
    private final long retryAfterSeconds;

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super(TYPE.status(), TYPE.slug(), TYPE.title(), detail);
        this.retryAfterSeconds = retryAfterSeconds;
        with("retryAfterSeconds", retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
