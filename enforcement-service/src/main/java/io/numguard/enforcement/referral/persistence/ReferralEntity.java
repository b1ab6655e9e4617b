package io.numguard.enforcement.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "referral")
public class ReferralEntity {
    @Id
    @Column(name = "referral_id")
    public String referralId;
    @Column(name = "agency", nullable = false)
    public String agency;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "police_case_number", nullable = false)
    public String policeCaseNumber;
    @Column(name = "loss_yuan", nullable = false)
    public BigDecimal lossYuan;
    @Column(name = "suspect_numbers", nullable = false)
    public String suspectNumbers;
    @Column(name = "summary")
    public String summary;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "links", nullable = false)
    public String links;
    @Column(name = "unmatched_numbers", nullable = false)
    public String unmatchedNumbers;
}
