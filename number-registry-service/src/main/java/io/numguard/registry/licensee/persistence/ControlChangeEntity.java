package io.numguard.registry.licensee.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** Row of {@code licensee_control_change}. */
@Entity
@Table(name = "licensee_control_change")
public class ControlChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String uscc;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public Instant at;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "previous_legal_representative_hash")
    public String previousLegalRepresentativeHash;
    @Column(name = "new_legal_representative_hash")
    public String newLegalRepresentativeHash;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "previous_shareholders", nullable = false)
    public String[] previousShareholders;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "new_shareholders", nullable = false)
    public String[] newShareholders;
    @Column(name = "suspected_resale", nullable = false)
    public boolean suspectedResale;
    @Column(name = "last_allocation_at")
    public Instant lastAllocationAt;
}
