package io.numguard.enforcement.decisionlog;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One link of the decision log: the decision, its place in the chain ({@code sequence}, starting at 1), the hash
 * of the entry before it ({@link DecisionLog#GENESIS_HASH} for the first) and its own SHA-256 {@code hash} over
 * {@link DecisionLog#canonicalForm}. Rebuilt from storage with the canonical constructor; it does not check its
 * own hash (that is the {@link DecisionLogVerifier}'s job, so that a tampered row can still be loaded and reported).
 */
public record DecisionLogEntry(
        long sequence,
        String previousHash,
        Instant at,
        String actor,
        DecisionKind kind,
        String subject,
        SortedMap<String, String> details,
        String hash) {
    public DecisionLogEntry {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hash, "hash");
        Decision.requireText("actor", actor);
        Decision.requireText("subject", subject);
        details = Decision.canonicalDetails(details);
    }

    /** The hash this entry's content should have; equal to {@link #hash()} unless the entry was altered. */
    public String computedHash() {
        return DecisionLog.hash(sequence, previousHash, at, actor, kind, subject, details);
    }

    public boolean contentIntact() {
        return computedHash().equals(hash);
    }

    public Decision decision() {
        return new Decision(at, actor, kind, subject, details);
    }

    /** A copy with other details and the same stored hash: what someone editing a row would produce (for tests). */
    public DecisionLogEntry withDetailsUnhashed(Map<String, String> newDetails) {
        return new DecisionLogEntry(sequence, previousHash, at, actor, kind, subject,
                Decision.canonicalDetails(newDetails), hash);
    }
}
