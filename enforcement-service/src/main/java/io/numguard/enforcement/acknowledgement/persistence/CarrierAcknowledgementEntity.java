package io.numguard.enforcement.acknowledgement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One carrier's acknowledgement owed on an order. */
@Entity
@Table(name = "carrier_acknowledgement")
public class CarrierAcknowledgementEntity {
    @EmbeddedId
    public Key key;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "order_id")
        public String orderId;
        @Column(name = "carrier_id")
        public String carrierId;

        public Key() {
        }

        public Key(String orderId, String carrierId) {
            this.orderId = orderId;
            this.carrierId = carrierId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(orderId, k.orderId) && Objects.equals(carrierId, k.carrierId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, carrierId);
        }
    }
}
