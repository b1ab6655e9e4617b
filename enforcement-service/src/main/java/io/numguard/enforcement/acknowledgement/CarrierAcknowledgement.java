package io.numguard.enforcement.acknowledgement;

import java.time.Instant;
import java.util.Objects;

/**
 * One carrier's acknowledgement owed on an order: missing until {@code acknowledgedAt} is set; escalated at most
 * once ({@code escalatedAt}).
 *
 * @param acknowledgedBy user id of the carrier's user (or service account) who acknowledged
 */
public record CarrierAcknowledgement(String carrierId, Instant acknowledgedAt, String acknowledgedBy,
                                     Instant escalatedAt) {
    public CarrierAcknowledgement {
        Objects.requireNonNull(carrierId, "carrierId");
        if ((acknowledgedAt == null) != (acknowledgedBy == null)) {
            throw new IllegalArgumentException("an acknowledgement has both a time and a user, or neither");
        }
    }

    static CarrierAcknowledgement owed(String carrierId) {
        return new CarrierAcknowledgement(carrierId, null, null, null);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    /** Acknowledged after the deadline (it still counts; an escalation already made stays). */
    public boolean isLate(Instant dueBy) {
        return acknowledgedAt != null && acknowledgedAt.isAfter(dueBy);
    }

    CarrierAcknowledgement acknowledged(String by, Instant at) {
        return new CarrierAcknowledgement(carrierId, at, by, escalatedAt);
    }

    CarrierAcknowledgement escalated(Instant at) {
        return new CarrierAcknowledgement(carrierId, acknowledgedAt, acknowledgedBy, at);
    }
}
