package io.numguard.registry.segment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code segment}: one allocation of a code. */
@Entity
@Table(name = "segment")
public class SegmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String code;
    @Column(name = "licensee_uscc", nullable = false)
    public String licenseeUscc;
    @Column(nullable = false)
    public String province;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] carriers;
    @Column(name = "outbound_authorised", nullable = false)
    public boolean outboundAuthorised;
    @Column(nullable = false)
    public boolean expanded;
    @Column(name = "allocated_at", nullable = false)
    public Instant allocatedAt;
    @Column(name = "allocated_by", nullable = false)
    public String allocatedBy;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    @Column(nullable = false)
    public String status;
    @Column(name = "quarantine_cause")
    public String quarantineCause;
    @Column(name = "quarantine_since")
    public Instant quarantineSince;
    @Column(name = "quarantine_until")
    public Instant quarantineUntil;
}
