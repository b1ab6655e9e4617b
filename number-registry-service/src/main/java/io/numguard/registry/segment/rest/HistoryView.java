package io.numguard.registry.segment.rest;

import io.numguard.registry.segment.HistoryEntry;
import io.numguard.registry.segment.OrderClaim;

import java.time.Instant;

/**
 * One line of a segment's history: what changed, when, by whom, under which order. For an ordered change the actor is
 * {@code enforcement-service} and {@code orderClaim} says who the order names as proposer and approver.
 */
public record HistoryView(String action, String from, String to, Instant at, String actor, String orderId,
                          String reason, OrderClaim orderClaim) {
    public static HistoryView of(HistoryEntry h) {
        return new HistoryView(h.action().name(), h.from() == null ? null : h.from().name(), h.to().name(), h.at(),
                h.actor(), h.orderId(), h.reason(), h.orderClaim());
    }
}
