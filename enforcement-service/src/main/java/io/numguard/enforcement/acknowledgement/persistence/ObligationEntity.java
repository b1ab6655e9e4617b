package io.numguard.enforcement.acknowledgement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The acknowledgements owed on one order, created when the registry suspended or revoked the segment. */
@Entity
@Table(name = "acknowledgement_obligation")
public class ObligationEntity {
    @Id
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "segment_code", nullable = false)
    public String segmentCode;
    @Column(name = "order_action", nullable = false)
    public String orderAction;
    @Column(name = "due_by", nullable = false)
    public Instant dueBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
