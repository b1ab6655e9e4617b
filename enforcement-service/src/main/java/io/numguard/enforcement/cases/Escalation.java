package io.numguard.enforcement.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * An escalation entry on a case: something owed was not done in time.
 *
 * @param by        who escalated: a regulator, or {@code system} for a deadline found passed
 * @param orderId   for an overdue acknowledgement: the order; else null
 * @param carrierId for an overdue acknowledgement: the carrier that has not acknowledged; else null
 * @param dueBy     the deadline that passed, when there was one
 */
public record Escalation(Kind kind, Instant at, String by, String orderId, String carrierId, Instant dueBy,
                         String note) {

    public enum Kind {
        /** A carrier did not acknowledge a suspension or revocation order within the deadline. */
        ACKNOWLEDGEMENT_OVERDUE,
        /** The licensee did not rectify: the case went back to investigation. */
        RECTIFICATION_NOT_DONE
    }

    public Escalation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    /** Same thing escalated: an overdue acknowledgement is escalated once per order and carrier. */
    boolean sameMatterAs(Escalation other) {
        return kind == Kind.ACKNOWLEDGEMENT_OVERDUE && other.kind == Kind.ACKNOWLEDGEMENT_OVERDUE
                && Objects.equals(orderId, other.orderId) && Objects.equals(carrierId, other.carrierId);
    }
}
