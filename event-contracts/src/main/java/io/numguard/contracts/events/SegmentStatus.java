package io.numguard.contracts.events;

import io.numguard.contracts.EnumNames;

import java.util.Optional;

/**
 * A segment's status as the registry keeps it and as {@link SegmentChanged#status()} carries it: the names are the
 * values on the wire and in the registry's database, so they never change. What a status means for allocation,
 * for the call-time verdict or for a case is each service's own rule and lives in its domain, not here.
 */
public enum SegmentStatus {
    ALLOCATED,
    SUSPENDED,
    /** Passed through on revocation, straight into {@link #QUARANTINED}; events show a revoked segment as this. */
    REVOKED,
    /** Passed through at the end of validity, straight into {@link #QUARANTINED}; events show it as this. */
    EXPIRED,
    /** Ended; the code may not be allocated again until the quarantine period is over. */
    QUARANTINED,
    /** The code is free again; the row stays as history. */
    RELEASED;

    private static final SegmentStatus[] VALUES = values();

    /**
     * The status a payload names, ignoring case and surrounding blanks; empty for null, blank or a name this version
     * of the contract does not know (a newer registry may send one), so a consumer decides what unknown means.
     */
    public static Optional<SegmentStatus> parse(String raw) {
        return EnumNames.parse(VALUES, raw);
    }
}
