package io.numguard.enforcement.sanction;

import io.numguard.contracts.events.SanctionImposed;
import io.numguard.contracts.events.SanctionLifted;

import java.time.Instant;
import java.util.Objects;

/**
 * Joint punishment of a licensee (USCC) and its legal representative (salted hash): both are barred from new
 * segments while the sanction is active. Lifting is final: a lifted sanction cannot be lifted again (impose a new
 * one instead).
 *
 * @param caseId the case whose decision caused it, null when imposed by hand without a case
 */
public record Sanction(
        String sanctionId,
        String uscc,
        String legalRepresentativeHash,
        String reason,
        String caseId,
        String imposedBy,
        Instant imposedAt,
        String liftReason,
        String liftedBy,
        Instant liftedAt) {

    public Sanction {
        Objects.requireNonNull(sanctionId, "sanctionId");
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(imposedBy, "imposedBy");
        Objects.requireNonNull(imposedAt, "imposedAt");
        if ((liftedAt == null) != (liftedBy == null) || (liftedAt == null) != (liftReason == null)) {
            throw new IllegalArgumentException("a lifted sanction has a lift reason, a lifter and a time; "
                    + "an active one has none of them");
        }
    }

    static Sanction imposed(String sanctionId, String uscc, String legalRepresentativeHash, String reason,
                            String caseId, String imposedBy, Instant imposedAt) {
        return new Sanction(sanctionId, uscc, legalRepresentativeHash, reason, caseId, imposedBy, imposedAt,
                null, null, null);
    }

    Sanction lifted(String reason, String by, Instant at) {
        return new Sanction(sanctionId, uscc, legalRepresentativeHash, this.reason, caseId, imposedBy, imposedAt,
                reason, by, at);
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    public SanctionImposed imposedEvent() {
        return new SanctionImposed(sanctionId, uscc, legalRepresentativeHash, reason, caseId, imposedBy, imposedAt);
    }

    /** The {@code sanction.lifted} data; only for a lifted sanction. */
    public SanctionLifted liftedEvent() {
        if (isActive()) {
            throw new IllegalStateException("sanction " + sanctionId + " has not been lifted");
        }
        return new SanctionLifted(sanctionId, uscc, legalRepresentativeHash, liftReason, liftedBy, liftedAt);
    }
}
