package io.numguard.enforcement.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A suspension, revocation or reinstatement awaiting a second regulator's approval.
 *
 * @param fraud whether the proposer found fraud; a revocation for fraud brings joint punishment on approval.
 *              Always false for a reinstatement.
 */
public record Proposal(ProposalKind kind, String proposedBy, String reason, boolean fraud, Instant proposedAt) {
    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedAt, "proposedAt");
        fraud = fraud && kind != ProposalKind.REINSTATEMENT;
    }
}
