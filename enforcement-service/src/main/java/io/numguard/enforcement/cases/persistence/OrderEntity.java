package io.numguard.enforcement.cases.persistence;

import io.numguard.contracts.events.Order;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An order issued on approval of a proposal; the same data went out as {@code order.*}. */
@Entity
@Table(name = "enforcement_order")
public class OrderEntity {
    @Id
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "segment_code", nullable = false)
    public String segmentCode;
    @Column(name = "action", nullable = false)
    public String action;
    @Column(name = "reason", nullable = false)
    public String reason;
    @Column(name = "fraud", nullable = false)
    public boolean fraud;
    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;
    @Column(name = "approved_by", nullable = false)
    public String approvedBy;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static OrderEntity of(Order o) {
        OrderEntity e = new OrderEntity();
        e.orderId = o.orderId();
        e.caseId = o.caseId();
        e.segmentCode = o.segmentCode();
        e.action = o.action();
        e.reason = o.reason();
        e.fraud = o.fraud();
        e.proposedBy = o.proposedBy();
        e.approvedBy = o.approvedBy();
        e.decidedAt = o.decidedAt();
        return e;
    }

    public Order toOrder() {
        return new Order(orderId, caseId, segmentCode, action, reason, fraud, proposedBy, approvedBy, decidedAt);
    }
}
