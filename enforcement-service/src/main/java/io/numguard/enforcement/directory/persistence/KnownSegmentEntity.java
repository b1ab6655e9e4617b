package io.numguard.enforcement.directory.persistence;

import io.numguard.contracts.events.SegmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "known_segment")
public class KnownSegmentEntity {
    @Id
    @Column(name = "code")
    public String code;
    @Column(name = "licensee_uscc")
    public String licenseeUscc;
    @Column(name = "province")
    public String province;
    /** Stored by its contract name, as the event carried it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SegmentStatus status;
    /** Comma separated carrier ids. */
    @Column(name = "carriers", nullable = false)
    public String carriers;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
