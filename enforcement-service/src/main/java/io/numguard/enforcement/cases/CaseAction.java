package io.numguard.enforcement.cases;

import java.util.Optional;

/** A step an actor takes on a case, one at a time ({@code POST /api/cases/{id}/actions}). */
public enum CaseAction {
    INVESTIGATE,
    /** Order the licensee to rectify within the configured period (default 15 days). */
    ORDER_RECTIFICATION,
    /** The matter is settled without an order: rectified, or nothing found. */
    RESOLVE,
    /** Rectification was not done (by the deadline or at all): back to investigation, recorded as an escalation. */
    ESCALATE,
    PROPOSE_SUSPENSION,
    PROPOSE_REVOCATION,
    PROPOSE_REINSTATEMENT,
    /** Approve the pending proposal; must be a different regulator than the proposer (four-eyes). */
    APPROVE,
    /** Reject the pending proposal. */
    REJECT,
    CLOSE;

    /** The proposal this action makes, if it is a proposal. */
    public Optional<ProposalKind> proposes() {
        return switch (this) {
            case PROPOSE_SUSPENSION -> Optional.of(ProposalKind.SUSPENSION);
            case PROPOSE_REVOCATION -> Optional.of(ProposalKind.REVOCATION);
            case PROPOSE_REINSTATEMENT -> Optional.of(ProposalKind.REINSTATEMENT);
            default -> Optional.empty();
        };
    }
}
