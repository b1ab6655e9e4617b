package io.numguard.complaint.intake;

import io.numguard.contracts.events.ReferralReceived;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The intake rules for all three sources: a citizen's complaint, a carrier's batch of marks, a police referral.
 * Answers with a {@link Verdict} per input: an allowed {@link Complaint}, or a refusal with an
 * {@link IntakeRefusalReason} (or {@link RateLimited}); it stores nothing. After acceptance the caller de-duplicates
 * ({@link Complaint#dedupeKey()}, a unique constraint) and counts only first-of-the-day complaints.
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
    public Verdict<Complaint> citizen(String rawNumber, String rawCategory, String complainantPhone) {
        if (numberAndCategory(rawNumber, rawCategory) instanceof Verdict.Refused<Nothing> bad) {
            return bad.retyped();
        }
        if (ComplainantHasher.canonical(complainantPhone).isEmpty()) {
            return Verdict.refused(IntakeRefusalReason.INVALID_COMPLAINANT,
                    "the complainant's own phone number is missing or malformed");
        }
        return acceptIfAllowed(rawNumber, rawCategory, hasher.hash(complainantPhone));
    }

    /**
     * A citizen's complaint, made now, by a complainant already known by a hash (the login identity,
     * {@link ComplainantHasher#hashIdentity}); the hash is also the rate limiter's key. Bad input is rejected before
     * the rate limiter is asked.
     */
    public Verdict<Complaint> citizenIdentified(String rawNumber, String rawCategory, String complainantHash) {
        Objects.requireNonNull(complainantHash, "complainantHash");
        if (numberAndCategory(rawNumber, rawCategory) instanceof Verdict.Refused<Nothing> bad) {
            return bad.retyped();
        }
        return acceptIfAllowed(rawNumber, rawCategory, complainantHash);
    }

    private static Verdict<Nothing> numberAndCategory(String rawNumber, String rawCategory) {
        String numberProblem = PhoneNumber.problemWith(rawNumber);
        if (numberProblem != null) {
            return Verdict.refused(IntakeRefusalReason.INVALID_NUMBER, numberProblem);
        }
        if (ComplaintCategory.parse(rawCategory).isEmpty()) {
            return Verdict.refused(IntakeRefusalReason.UNKNOWN_CATEGORY, ComplaintCategory.unknown(rawCategory));
        }
        return Verdict.allowed();
    }

    /** Number and category already checked; the rate limiter decides. */
    private Verdict<Complaint> acceptIfAllowed(String rawNumber, String rawCategory, String complainantHash) {
        RateLimitDecision decision = rateLimiter.tryAcquire(complainantHash);
        if (!decision.allowed()) {
            return Verdict.refused(new RateLimited(decision.retryAfterSeconds()),
                    "too many complaints; try again in " + decision.retryAfterSeconds() + " s");
        }
        return Verdict.allowed(new Complaint(PhoneNumber.parse(rawNumber),
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
                rows.add(new BatchRow<>(i, Verdict.refused(IntakeRefusalReason.INVALID_NUMBER, problem)));
                continue;
            }
            PhoneNumber number = PhoneNumber.parse(raw);
            if (seen.add(number)) {
                rows.add(new BatchRow<>(i, Verdict.allowed(new Complaint(number, ComplaintCategory.FRAUD,
                        ComplaintSource.POLICE, null, referral.agency(), at))));
            }
        }
        return new BatchResult<>(rows);
    }
}
