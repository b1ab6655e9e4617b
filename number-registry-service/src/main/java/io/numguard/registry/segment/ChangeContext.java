package io.numguard.registry.segment;

import java.time.Instant;
import java.util.Objects;

/**
 * When, by whom and why a segment changes; copied into the history entry and the event.
 *
 * @param actor   the user (token subject), or {@link #SCHEDULER}
 * @param orderId the enforcement order, null when the change is not ordered
 */
public record ChangeContext(Instant at, String actor, String orderId, String reason) {
    public static final String SCHEDULER = "scheduler";

    public ChangeContext {
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every segment change needs an actor");
        }
    }

    public static ChangeContext byUser(Instant at, String user, String reason) {
        return new ChangeContext(at, user, null, reason);
    }

    /** A change an enforcement order caused ({@code order.suspend}, {@code order.revoke}, {@code order.reinstate}). */
    public static ChangeContext byOrder(Instant at, String orderId, String approvedBy, String reason) {
        Objects.requireNonNull(orderId, "orderId");
        return new ChangeContext(at, approvedBy == null || approvedBy.isBlank() ? "enforcement" : approvedBy,
                orderId, reason);
    }

    public static ChangeContext byScheduler(Instant at, String reason) {
        return new ChangeContext(at, SCHEDULER, null, reason);
    }
}
