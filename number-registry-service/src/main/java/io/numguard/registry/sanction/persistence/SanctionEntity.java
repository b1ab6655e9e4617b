package io.numguard.registry.sanction.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code sanction}: joint punishment as enforcement published it. */
@Entity
@Table(name = "sanction")
public class SanctionEntity {
    @Id
    @Column(name = "sanction_id")
    public String sanctionId;
    @Column(nullable = false)
    public String uscc;
    @Column(name = "legal_representative_hash")
    public String legalRepresentativeHash;
    public String reason;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "imposed_by")
    public String imposedBy;
    @Column(name = "imposed_at", nullable = false)
    public Instant imposedAt;
    @Column(name = "lifted_at")
    public Instant liftedAt;
    @Column(name = "lifted_by")
    public String liftedBy;
}
