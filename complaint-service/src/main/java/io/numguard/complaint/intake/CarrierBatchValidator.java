package io.numguard.complaint.intake;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.rule.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates a carrier's batch of marks row by row: a bad row is reported with its reason and does not spoil the
 * others. Only the batch size refuses the whole batch.
 */
public final class CarrierBatchValidator {
    private final IntakeRules rules;
    private final ComplainantHasher hasher;

    public CarrierBatchValidator(IntakeRules rules, ComplainantHasher hasher) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * @param carrierId the submitting carrier (from the caller's token), recorded as the reporter
     * @throws BatchTooLargeException if there are more than {@link IntakeRules#maxBatchRows()} rows
     */
    public BatchResult<Complaint> validate(String carrierId, List<CarrierMarkRow> rows, Instant now) {
        if (carrierId == null || carrierId.isBlank()) {
            throw new IllegalArgumentException("carrierId is required");
        }
        Objects.requireNonNull(now, "now");
        List<CarrierMarkRow> input = rows == null ? List.of() : rows;
        if (input.size() > rules.maxBatchRows()) {
            throw new BatchTooLargeException(input.size(), rules.maxBatchRows());
        }
        List<BatchRow<Complaint>> out = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            out.add(new BatchRow<>(i, validateRow(carrierId, input.get(i), now)));
        }
        return new BatchResult<>(out);
    }

    /** One row on its own. */
    public Verdict<Complaint> validateRow(String carrierId, CarrierMarkRow row, Instant now) {
        if (row == null) {
            return Verdict.refused(IntakeRefusalReason.EMPTY_ROW, "row is empty");
        }
        String numberProblem = PhoneNumber.problemWith(row.number());
        if (numberProblem != null) {
            return Verdict.refused(IntakeRefusalReason.INVALID_NUMBER, numberProblem);
        }
        Optional<ComplaintCategory> category = ComplaintCategory.parse(row.category());
        if (category.isEmpty()) {
            return Verdict.refused(IntakeRefusalReason.UNKNOWN_CATEGORY, ComplaintCategory.unknown(row.category()));
        }
        if (rules.checkTime(row.markedAt(), now) instanceof Verdict.Refused<Instant> badTime) {
            return badTime.retyped();
        }
        String markerHash = null;
        if (row.markerPhone() != null && !row.markerPhone().isBlank()) {
            if (ComplainantHasher.canonical(row.markerPhone()).isEmpty()) {
                return Verdict.refused(IntakeRefusalReason.INVALID_COMPLAINANT,
                        "markerPhone is not a phone number");
            }
            markerHash = hasher.hash(row.markerPhone());
        }
        return Verdict.allowed(new Complaint(PhoneNumber.parse(row.number()), category.get(),
                ComplaintSource.CARRIER, markerHash, carrierId, row.markedAt()));
    }
}
