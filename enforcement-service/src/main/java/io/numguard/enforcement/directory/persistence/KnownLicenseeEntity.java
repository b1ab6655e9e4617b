package io.numguard.enforcement.directory.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "known_licensee")
public class KnownLicenseeEntity {
    @Id
    @Column(name = "uscc")
    public String uscc;
    @Column(name = "name")
    public String name;
    @Column(name = "province", nullable = false)
    public String province;
    @Column(name = "legal_representative_hash")
    public String legalRepresentativeHash;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
