package io.numguard.complaint.intake.service;

import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.IntakeRefusalReason;
import io.numguard.complaint.intake.RateLimited;
import io.numguard.support.problem.Problem;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused request's problem+json: the reason's problem type through Refusals, plus what the caller needs. */
class IntakeProblemsTest {

    @Test
    void aReasonGivesItsProblemTypeAndTheDetail() {
        Problem p = IntakeProblems.of(Verdict.refused(IntakeRefusalReason.TIME_IN_FUTURE, "calledAt: later"))
                .toProblem();
        assertThat(p.type()).isEqualTo("urn:numguard:problem:time-in-future");
        assertThat(p.title()).isEqualTo("Time is in the future");
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.detail()).isEqualTo("calledAt: later");
        assertThat(p.extensions()).isEmpty();
    }

    @Test
    void anUnknownCategoryNamesTheFieldAndTheAllowedValues() {
        Problem p = IntakeProblems.of(Verdict.refused(IntakeRefusalReason.UNKNOWN_CATEGORY,
                ComplaintCategory.unknown("SPAM"))).toProblem();
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.extensions()).containsEntry("field", "category")
                .containsEntry("allowed", ComplaintCategory.NAMES);
    }

    @Test
    void aRateLimitIsA429WithTheSecondsToWait() {
        var e = IntakeProblems.of(Verdict.refused(new RateLimited(120), "too many complaints; try again in 120 s"));
        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class,
                r -> assertThat(r.retryAfterSeconds()).isEqualTo(120));
        Problem p = e.toProblem();
        assertThat(p.type()).isEqualTo("urn:numguard:problem:rate-limited");
        assertThat(p.status()).isEqualTo(429);
        assertThat(p.extensions()).containsEntry("retryAfterSeconds", 120L);
    }

    @Test
    void aBatchTooLargeNamesTheLimitAndTheSize() {
        Problem p = IntakeProblems.of(new BatchTooLargeException(10_001, 10_000)).toProblem();
        assertThat(p.type()).isEqualTo("urn:numguard:problem:batch-too-large");
        assertThat(p.status()).isEqualTo(413);
        assertThat(p.extensions()).containsEntry("maxRows", 10_000).containsEntry("rows", 10_001);
    }
}
