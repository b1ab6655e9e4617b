package io.numguard.contracts.events;

import java.time.Instant;

/**
 * An order from enforcement to the registry, decided under four-eyes (proposer and approver differ).
 *
 * @param action SUSPEND, REVOKE or REINSTATE (the event type says the same)
 * @param fraud  whether the decision found fraud (revocation for fraud triggers joint punishment)
 */
public record Order(
        String orderId,
        String caseId,
        String segmentCode,
        String action,
        String reason,
        boolean fraud,
        String proposedBy,
        String approvedBy,
        Instant decidedAt) {
    public Order {
        Require.present("orderId", orderId);
        Require.present("segmentCode", segmentCode);
        Require.present("action", action);
    }
}
