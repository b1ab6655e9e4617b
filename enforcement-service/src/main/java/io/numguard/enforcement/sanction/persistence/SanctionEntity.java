package io.numguard.enforcement.sanction.persistence;

import io.numguard.enforcement.sanction.Sanction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "sanction")
public class SanctionEntity {
    @Id
    @Column(name = "sanction_id")
    public String sanctionId;
    @Column(name = "uscc", nullable = false)
    public String uscc;
    @Column(name = "legal_representative_hash")
    public String legalRepresentativeHash;
    @Column(name = "reason", nullable = false)
    public String reason;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "imposed_by", nullable = false)
    public String imposedBy;
    @Column(name = "imposed_at", nullable = false)
    public Instant imposedAt;
    @Column(name = "lift_reason")
    public String liftReason;
    @Column(name = "lifted_by")
    public String liftedBy;
    @Column(name = "lifted_at")
    public Instant liftedAt;

    public Sanction toDomain() {
        return new Sanction(sanctionId, uscc, legalRepresentativeHash, reason, caseId, imposedBy, imposedAt,
                liftReason, liftedBy, liftedAt);
    }

    public SanctionEntity copy(Sanction s) {
        sanctionId = s.sanctionId();
        uscc = s.uscc();
        legalRepresentativeHash = s.legalRepresentativeHash();
        reason = s.reason();
        caseId = s.caseId();
        imposedBy = s.imposedBy();
        imposedAt = s.imposedAt();
        liftReason = s.liftReason();
        liftedBy = s.liftedBy();
        liftedAt = s.liftedAt();
        return this;
    }
}
