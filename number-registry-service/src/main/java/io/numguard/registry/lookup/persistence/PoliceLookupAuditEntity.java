package io.numguard.registry.lookup.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code police_lookup_audit}: one number lookup by the police. */
@Entity
@Table(name = "police_lookup_audit")
public class PoliceLookupAuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public Instant at;
    @Column(name = "user_id", nullable = false)
    public String userId;
    public String agency;
    @Column(nullable = false)
    public String number;
    @Column(name = "raw_number", nullable = false)
    public String rawNumber;
    @Column(name = "case_ref", nullable = false)
    public String caseRef;
    @Column(nullable = false)
    public boolean held;
}
