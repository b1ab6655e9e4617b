package io.numguard.complaint.intake;

import io.numguard.contracts.events.ReferralReceived;
import io.numguard.contracts.number.PhoneNumber;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The intake rules for all three sources: a citizen's complaint, a carrier's batch of marks, a police referral.
 * Returns accepted {@link Complaint}s or rejections with reasons; it stores nothing. After acceptance the caller
 * de-duplicates ({@link Complaint#dedupeKey()}, a unique constraint) and counts only first-of-the-day complaints.
 */
public final class ComplaintIntake {
    private final IntakeRules rules;
    private final ComplainantHasher hasher;
    private final CitizenRateLimiter rateLimiter;
    private final CarrierBatchValidator carrierBatches;
    private final Clock clock;

    public ComplaintIntake(IntakeRules rules, ComplainantHasher hasher, CitizenRateLimiter rateLimiter, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.carrierBatches = new CarrierBatchValidator(rules, hasher);
    }

    public IntakeRules rules() {
        return rules;
    }

    /**
     * A citizen's complaint, made now. Bad input is rejected before the rate limiter is asked, so typos do not use
     * up the citizen's allowance.
     *
     * @param complainantPhone the citizen's own number (from the verified login), hashed here and then forgotten
     */
    public IntakeOutcome<Complaint> citizen(String rawNumber, String rawCategory, String complainantPhone) {
        IntakeOutcome<Complaint> bad = badNumberOrCategory(rawNumber, rawCategory);
        if (bad != null) {
            return bad;
        }
        if (ComplainantHasher.canonical(complainantPhone).isEmpty()) {
            return IntakeOutcome.rejected(IntakeRejection.INVALID_COMPLAINANT,
                    "the complainant's own phone number is missing or malformed");
        }
        return acceptIfAllowed(rawNumber, rawCategory, hasher.hash(complainantPhone));
    }

    /**
     * A citizen's complaint, made now, by a complainant already known by a hash (the login identity,
     * {@link ComplainantHasher#hashIdentity}); the hash is also the rate limiter's key. Bad input is rejected before
     * the rate limiter is asked.
     */
    public IntakeOutcome<Complaint> citizenIdentified(String rawNumber, String rawCategory, String complainantHash) {
        Objects.requireNonNull(complainantHash, "complainantHash");
        IntakeOutcome<Complaint> bad = badNumberOrCategory(rawNumber, rawCategory);
        return bad != null ? bad : acceptIfAllowed(rawNumber, rawCategory, complainantHash);
    }

    private static IntakeOutcome<Complaint> badNumberOrCategory(String rawNumber, String rawCategory) {
        String numberProblem = PhoneNumber.problemWith(rawNumber);
        if (numberProblem != null) {
            return IntakeOutcome.rejected(IntakeRejection.INVALID_NUMBER, numberProblem);
        }
        if (ComplaintCategory.parse(rawCategory).isEmpty()) {
            return IntakeOutcome.rejected(IntakeRejection.UNKNOWN_CATEGORY, ComplaintCategory.unknown(rawCategory));
        }
        return null;
    }

    /** Number and category already checked; the rate limiter decides. */
    private IntakeOutcome<Complaint> acceptIfAllowed(String rawNumber, String rawCategory, String complainantHash) {
        RateLimitDecision decision = rateLimiter.tryAcquire(complainantHash);
        if (!decision.allowed()) {
            return IntakeOutcome.rateLimited(decision.retryAfterSeconds());
        }
        return IntakeOutcome.accepted(new Complaint(PhoneNumber.parse(rawNumber),
                ComplaintCategory.parse(rawCategory).orElseThrow(), ComplaintSource.CITIZEN, complainantHash, null,
                clock.instant()));
    }

    /** A carrier's marks; see {@link CarrierBatchValidator}. */
    public BatchResult<Complaint> carrierBatch(String carrierId, List<CarrierMarkRow> rows) {
        return carrierBatches.validate(carrierId, rows, clock.instant());
    }

    /**
     * A police referral: each suspect number becomes one FRAUD complaint with the police weight. A number listed
     * twice counts once; a malformed number is rejected (row = its index in {@code suspectNumbers}).
     */
    public BatchResult<Complaint> referral(ReferralReceived referral) {
        Instant now = clock.instant();
        Instant at = referral.receivedAt() == null || referral.receivedAt().isAfter(now) ? now : referral.receivedAt();
        List<String> suspects = referral.suspectNumbers();
        List<BatchRow<Complaint>> rows = new ArrayList<>(suspects.size());
        Set<PhoneNumber> seen = new HashSet<>();
        for (int i = 0; i < suspects.size(); i++) {
            String raw = suspects.get(i);
            String problem = PhoneNumber.problemWith(raw);
            if (problem != null) {
                rows.add(new BatchRow<>(i, IntakeOutcome.rejected(IntakeRejection.INVALID_NUMBER, problem)));
                continue;
            }
            PhoneNumber number = PhoneNumber.parse(raw);
            if (seen.add(number)) {
                rows.add(new BatchRow<>(i, IntakeOutcome.accepted(new Complaint(number, ComplaintCategory.FRAUD,
                        ComplaintSource.POLICE, null, referral.agency(), at))));
            }
        }
        return new BatchResult<>(rows);
    }
}
