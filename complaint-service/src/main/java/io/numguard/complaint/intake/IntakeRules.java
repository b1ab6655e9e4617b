package io.numguard.complaint.intake;

import io.numguard.support.rule.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Configuration of intake.
 *
 * @param weights          how much each source counts
 * @param allowedClockSkew how far in the future a reported time may be (the reporter's clock runs ahead)
 * @param maxAge           how old a reported time may be; older marks could not affect any window anyway
 * @param maxBatchRows     rows per carrier batch (10,000)
 */
public record IntakeRules(SourceWeights weights, Duration allowedClockSkew, Duration maxAge, int maxBatchRows) {
    public static final int MAX_BATCH_ROWS = 10_000;

    public IntakeRules {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(allowedClockSkew, "allowedClockSkew");
        Objects.requireNonNull(maxAge, "maxAge");
        if (allowedClockSkew.isNegative()) {
            throw new IllegalArgumentException("allowedClockSkew must not be negative");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive");
        }
        if (maxBatchRows < 1 || maxBatchRows > MAX_BATCH_ROWS) {
            throw new IllegalArgumentException("maxBatchRows must be 1.." + MAX_BATCH_ROWS + ", got " + maxBatchRows);
        }
    }

    /** Weights 1/2/10, five minutes of skew, 30 days of age, 10,000 rows. */
    public static IntakeRules defaults() {
        return new IntakeRules(SourceWeights.DEFAULT, Duration.ofMinutes(5), Duration.ofDays(30), MAX_BATCH_ROWS);
    }

    public IntakeRules withWeights(SourceWeights w) {
        return new IntakeRules(w, allowedClockSkew, maxAge, maxBatchRows);
    }

    /** A reported time is acceptable at {@code now} (allowed with it), or refused saying why not. */
    public Verdict<Instant> checkTime(Instant at, Instant now) {
        if (at == null) {
            return Verdict.refused(IntakeRefusalReason.MISSING_TIME, "time is required");
        }
        if (at.isAfter(now.plus(allowedClockSkew))) {
            return Verdict.refused(IntakeRefusalReason.TIME_IN_FUTURE,
                    "time " + at + " is in the future (now " + now + ", allowed skew " + allowedClockSkew + ")");
        }
        if (at.isBefore(now.minus(maxAge))) {
            return Verdict.refused(IntakeRefusalReason.TIME_TOO_OLD,
                    "time " + at + " is older than " + maxAge + " before now (" + now + ")");
        }
        return Verdict.allowed(at);
    }
}
