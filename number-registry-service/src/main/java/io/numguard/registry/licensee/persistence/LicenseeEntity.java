package io.numguard.registry.licensee.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code licensee}; mapped to and from {@link io.numguard.registry.licensee.Licensee} by the repository. */
@Entity
@Table(name = "licensee")
public class LicenseeEntity {
    @Id
    public String uscc;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String province;
    @Column(name = "legal_representative_hash", nullable = false)
    public String legalRepresentativeHash;
    @Column(name = "legal_representative_name")
    public String legalRepresentativeName;
    @Column(name = "licence_number", nullable = false)
    public String licenceNumber;
    @Column(name = "licence_valid_from", nullable = false)
    public LocalDate licenceValidFrom;
    @Column(name = "licence_valid_until", nullable = false)
    public LocalDate licenceValidUntil;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "controlling_shareholders", nullable = false)
    public String[] controllingShareholders;
    @Column(nullable = false)
    public String status;
    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
