package io.numguard.registry.segment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code segment_history}: one change of one allocation, with who did it. */
@Entity
@Table(name = "segment_history")
public class SegmentHistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "segment_id", nullable = false)
    public Long segmentId;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status", nullable = false)
    public String toStatus;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String actor;
    @Column(name = "order_id")
    public String orderId;
    public String reason;
    /** The order's claim of who proposed and approved it (see {@code OrderClaim}); the actor is the service. */
    @Column(name = "claimed_proposed_by")
    public String claimedProposedBy;
    @Column(name = "claimed_approved_by")
    public String claimedApprovedBy;
}
