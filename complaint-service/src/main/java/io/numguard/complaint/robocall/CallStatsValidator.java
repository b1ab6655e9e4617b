package io.numguard.complaint.robocall;

import io.numguard.complaint.intake.BatchResult;
import io.numguard.complaint.intake.BatchRow;
import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.IntakeRefusalReason;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.rule.Verdict;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Validates a carrier's call statistics row by row, like the carrier marks (same size limit and time rules). */
public final class CallStatsValidator {
    private final IntakeRules rules;

    public CallStatsValidator(IntakeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** @throws BatchTooLargeException if there are more than {@link IntakeRules#maxBatchRows()} rows */
    public BatchResult<CallStats> validate(String carrierId, List<CallStatsRow> rows, Instant now) {
        if (carrierId == null || carrierId.isBlank()) {
            throw new IllegalArgumentException("carrierId is required");
        }
        List<CallStatsRow> input = rows == null ? List.of() : rows;
        if (input.size() > rules.maxBatchRows()) {
            throw new BatchTooLargeException(input.size(), rules.maxBatchRows());
        }
        List<BatchRow<CallStats>> out = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            out.add(new BatchRow<>(i, validateRow(carrierId, input.get(i), now)));
        }
        return new BatchResult<>(out);
    }

    public Verdict<CallStats> validateRow(String carrierId, CallStatsRow row, Instant now) {
        if (row == null) {
            return Verdict.refused(IntakeRefusalReason.EMPTY_ROW, "row is empty");
        }
        String numberProblem = PhoneNumber.problemWith(row.number());
        if (numberProblem != null) {
            return Verdict.refused(IntakeRefusalReason.INVALID_NUMBER, numberProblem);
        }
        Instant hour = row.hour() == null ? null : row.hour().truncatedTo(ChronoUnit.HOURS);
        if (rules.checkTime(hour, now) instanceof Verdict.Refused<Instant> badTime) {
            return badTime.retyped();
        }
        if (row.attempted() == null || row.answered() == null || row.meanDurationSeconds() == null) {
            return Verdict.refused(IntakeRefusalReason.INVALID_CALL_STATISTICS,
                    "attempted, answered and meanDurationSeconds are required");
        }
        String problem = CallStats.problemWith(row.attempted(), row.answered(), row.meanDurationSeconds());
        if (problem != null) {
            return Verdict.refused(IntakeRefusalReason.INVALID_CALL_STATISTICS, problem);
        }
        return Verdict.allowed(new CallStats(PhoneNumber.parse(row.number()), carrierId, hour,
                row.attempted(), row.answered(), row.meanDurationSeconds()));
    }
}
