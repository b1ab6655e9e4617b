package io.numguard.registry.segment;

import java.time.Instant;
import java.util.Objects;

/**
 * When, by whom and why a segment changes; copied into the history entry and the event.
 *
 * @param actor      the user (token subject), {@link #SCHEDULER}, or {@link #ENFORCEMENT} for an order
 * @param orderId    the enforcement order, null when the change is not ordered
 * @param orderClaim who the order says proposed and approved it, null when not ordered
 */
public record ChangeContext(Instant at, String actor, String orderId, String reason, OrderClaim orderClaim) {
    public static final String SCHEDULER = "scheduler";
    /** The actor of every ordered change: the service that sent the order. */
    public static final String ENFORCEMENT = "enforcement-service";

    public ChangeContext {
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every segment change needs an actor");
        }
    }

    public static ChangeContext byUser(Instant at, String user, String reason) {
        return new ChangeContext(at, user, null, reason, null);
    }

    /** A change an enforcement order caused ({@code order.suspend}, {@code order.revoke}, {@code order.reinstate}). */
    public static ChangeContext byOrder(Instant at, String orderId, OrderClaim claim, String reason) {
        Objects.requireNonNull(orderId, "orderId");
        return new ChangeContext(at, ENFORCEMENT, orderId, reason, claim);
    }

    public static ChangeContext byScheduler(Instant at, String reason) {
        return new ChangeContext(at, SCHEDULER, null, reason, null);
    }
}
