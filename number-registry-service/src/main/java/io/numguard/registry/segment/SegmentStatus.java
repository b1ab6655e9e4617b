package io.numguard.registry.segment;

/** Where a segment is in its lifecycle; the allowed moves are {@link SegmentTransitions#TABLE}. */
public enum SegmentStatus {
    ALLOCATED,
    SUSPENDED,
    /** Passed through on revocation, straight into {@link #QUARANTINED}. */
    REVOKED,
    /** Passed through at the end of validity, straight into {@link #QUARANTINED}. */
    EXPIRED,
    /** Ended; the code may not be allocated again until the quarantine period is over. */
    QUARANTINED,
    /** The code is free again; the row stays as history. */
    RELEASED;

    /** Whether a segment in this status keeps its code (and overlapping codes) from being allocated. */
    public boolean blocksAllocation() {
        return this != RELEASED;
    }

    /** Whether the licensee still holds the segment (may file sub-numbers on it). */
    public boolean isHeld() {
        return this == ALLOCATED || this == SUSPENDED;
    }
}
