package io.numguard.complaint.intake.service;

import io.numguard.complaint.intake.IntakeRejection;
import io.numguard.support.problem.ProblemException;

/** 429 with the seconds to wait, rendered with a {@code Retry-After} header. */
public class RateLimitedException extends ProblemException {
    private final long retryAfterSeconds;

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super(429, IntakeRejection.RATE_LIMITED.slug(), IntakeRejection.RATE_LIMITED.title(), detail);
        this.retryAfterSeconds = retryAfterSeconds;
        with("retryAfterSeconds", retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
