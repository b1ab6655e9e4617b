package io.numguard.complaint.intake.service;

import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.RateLimited;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.RefusalReason;
import io.numguard.support.rule.Verdict;

/**
 * An intake refusal of a whole request as problem+json: the reason's own problem type (service-support's
 * {@link Refusals}, members included), a rate limit as 429 with Retry-After, an oversized batch naming its limit.
 */
public final class IntakeProblems {
    private IntakeProblems() {
    }

    public static ProblemException of(Verdict.Refused<?> refused) {
        return of(refused.reason(), refused.detail());
    }

    public static ProblemException of(RefusalReason reason, String detail) {
        if (reason instanceof RateLimited r) {
            return new RateLimitedException(detail, r.retryAfterSeconds());
        }
        return Refusals.problem(reason, detail);
    }

    /** 413 naming the limit and what was sent. */
    public static ProblemException of(BatchTooLargeException e) {
        return Refusals.problem(e.reason(), e.getMessage()).with("maxRows", e.maxRows()).with("rows", e.rows());
    }
}
