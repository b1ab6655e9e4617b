package io.numguard.registry.subnumber.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code sub_number_filing}: the current real-name record of one 8-digit number. */
@Entity
@Table(name = "sub_number_filing")
public class SubNumberFilingEntity {
    @Id
    public String number;
    @Column(name = "segment_id", nullable = false)
    public Long segmentId;
    @Column(name = "segment_code", nullable = false)
    public String segmentCode;
    @Column(name = "licensee_uscc", nullable = false)
    public String licenseeUscc;
    @Column(name = "end_client_name", nullable = false)
    public String endClientName;
    @Column(name = "end_client_uscc")
    public String endClientUscc;
    @Column(nullable = false)
    public String purpose;
    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;
    @Column(name = "filed_by", nullable = false)
    public String filedBy;
}
