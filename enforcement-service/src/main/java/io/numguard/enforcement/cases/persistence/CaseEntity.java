package io.numguard.enforcement.cases.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Storage of an {@link io.numguard.enforcement.cases.EnforcementCase}; its lists are JSON documents. */
@Entity
@Table(name = "enforcement_case")
public class CaseEntity {
    @Id
    @Column(name = "id")
    public String id;
    @Column(name = "subject_kind", nullable = false)
    public String subjectKind;
    @Column(name = "subject_id", nullable = false)
    public String subjectId;
    @Column(name = "licensee_uscc")
    public String licenseeUscc;
    @Column(name = "province", nullable = false)
    public String province;
    @Column(name = "segment_codes", nullable = false)
    public String segmentCodes;
    @Column(name = "state", nullable = false)
    public String state;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
    @Column(name = "opened_by", nullable = false)
    public String openedBy;
    @Column(name = "triggers", nullable = false)
    public String triggers;
    @Column(name = "pending_proposal")
    public String pendingProposal;
    @Column(name = "rectification_deadline")
    public Instant rectificationDeadline;
    @Column(name = "order_ids", nullable = false)
    public String orderIds;
    @Column(name = "escalations", nullable = false)
    public String escalations;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
