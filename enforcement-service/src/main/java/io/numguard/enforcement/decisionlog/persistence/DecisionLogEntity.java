package io.numguard.enforcement.decisionlog.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of the decision log. Written once, never updated by the service. */
@Entity
@Table(name = "decision_log")
public class DecisionLogEntity {
    @Id
    @Column(name = "sequence")
    public long sequence;
    @Column(name = "previous_hash", nullable = false)
    public String previousHash;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @Column(name = "actor", nullable = false)
    public String actor;
    @Column(name = "kind", nullable = false)
    public String kind;
    @Column(name = "subject", nullable = false)
    public String subject;
    @Column(name = "details", nullable = false)
    public String details;
    @Column(name = "hash", nullable = false)
    public String hash;
}
