package io.numguard.complaint.robocall;

import io.numguard.complaint.intake.BatchResult;
import io.numguard.complaint.intake.BatchRow;
import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.IntakeOutcome;
import io.numguard.complaint.intake.IntakeRejection;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.contracts.number.PhoneNumber;

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

    public IntakeOutcome<CallStats> validateRow(String carrierId, CallStatsRow row, Instant now) {
        if (row == null) {
            return IntakeOutcome.rejected(IntakeRejection.EMPTY_ROW, "row is empty");
        }
        String numberProblem = PhoneNumber.problemWith(row.number());
        if (numberProblem != null) {
            return IntakeOutcome.rejected(IntakeRejection.INVALID_NUMBER, numberProblem);
        }
        Instant hour = row.hour() == null ? null : row.hour().truncatedTo(ChronoUnit.HOURS);
        IntakeOutcome.Rejected<CallStats> timeProblem = rules.timeProblem(hour, now);
        if (timeProblem != null) {
            return timeProblem;
        }
        if (row.attempted() == null || row.answered() == null || row.meanDurationSeconds() == null) {
            return IntakeOutcome.rejected(IntakeRejection.INVALID_CALL_STATISTICS,
                    "attempted, answered and meanDurationSeconds are required");
        }
        String problem = CallStats.problemWith(row.attempted(), row.answered(), row.meanDurationSeconds());
        if (problem != null) {
            return IntakeOutcome.rejected(IntakeRejection.INVALID_CALL_STATISTICS, problem);
        }
        return IntakeOutcome.accepted(new CallStats(PhoneNumber.parse(row.number()), carrierId, hour,
                row.attempted(), row.answered(), row.meanDurationSeconds()));
    }
}
