package io.numguard.enforcement.cases;

import java.util.Optional;

/**
 * Where a case stands. Every state but {@link #CLOSED} is open: new signals and referrals for the same segment or
 * licensee attach to it. The moves between states are the {@link CaseTransitions} table, nothing else.
 *
 * <p>The approved outcome is split by what was approved ({@code SUSPENSION_APPROVED}, ...) rather than one
 * {@code APPROVED}, so that the state alone says what may follow: reinstatement is proposed from a suspension.
 */
public enum CaseState {
    OPEN,
    INVESTIGATING,
    /** The licensee must rectify by {@link EnforcementCase#rectificationDeadline()}. */
    RECTIFICATION_ORDERED,
    RESOLVED,
    SUSPENSION_PROPOSED,
    REVOCATION_PROPOSED,
    REINSTATEMENT_PROPOSED,
    /** A suspension order was issued; the case stays open until the segment is reinstated or revoked. */
    SUSPENSION_APPROVED,
    REVOCATION_APPROVED,
    REINSTATEMENT_APPROVED,
    /** A proposal was rejected by a second regulator. */
    REJECTED,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The proposal awaiting approval in this state, if it is a proposal state. */
    public Optional<ProposalKind> pendingProposal() {
        return switch (this) {
            case SUSPENSION_PROPOSED -> Optional.of(ProposalKind.SUSPENSION);
            case REVOCATION_PROPOSED -> Optional.of(ProposalKind.REVOCATION);
            case REINSTATEMENT_PROPOSED -> Optional.of(ProposalKind.REINSTATEMENT);
            default -> Optional.empty();
        };
    }
}
