package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a segment's history. {@code from} is null for the allocation; {@code from == to} for an expansion
 * or an outbound-authorisation change.
 *
 * @param actor      who did it: the user (token subject), {@code scheduler} for expiry and release,
 *                   {@code enforcement-service} for an order
 * @param orderId    the enforcement order behind it, if any
 * @param orderClaim who that order says proposed and approved it, if any
 */
public record HistoryEntry(SegmentStatus from, SegmentStatus to, SegmentAction action, Instant at, String actor,
                           String orderId, String reason, OrderClaim orderClaim) {
    public HistoryEntry {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
