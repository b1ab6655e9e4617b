package io.numguard.enforcement.acknowledgement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One carrier's acknowledgement owed on an order: missing until {@code acknowledgedAt} is set; escalated at most
 * once ({@code escalatedAt}). Times are kept to the microsecond, as the database stores them.
 *
 * @param acknowledgedBy user id of the carrier's user (or service account) who acknowledged
 */
public record CarrierAcknowledgement(String carrierId, Instant acknowledgedAt, String acknowledgedBy,
                                     Instant escalatedAt) {
    public CarrierAcknowledgement {
        Objects.requireNonNull(carrierId, "carrierId");
        // what the database keeps: the answer to the acknowledging request equals every later read
        acknowledgedAt = asStored(acknowledgedAt);
        escalatedAt = asStored(escalatedAt);
        if ((acknowledgedAt == null) != (acknowledgedBy == null)) {
            throw new IllegalArgumentException("an acknowledgement has both a time and a user, or neither");
        }
    }

    /** To the microsecond, rounded half up as the JDBC driver does when it sends a time to PostgreSQL. */
    static Instant asStored(Instant t) {
        if (t == null) {
            return null;
        }
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        return t.getNano() % 1_000 >= 500 ? micros.plusNanos(1_000) : micros;
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
