package io.numguard.complaint.reputation;

import java.util.Locale;

/**
 * A segment's status as the registry last announced it ({@code SegmentChanged.status}); UNKNOWN when the registry
 * never announced the segment (or sent a status this service does not know).
 */
public enum SegmentStatus {
    UNKNOWN,
    ALLOCATED,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    QUARANTINED,
    RELEASED;

    static final SegmentStatus[] VALUES = values();

    public static SegmentStatus parse(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String name = raw.trim().toUpperCase(Locale.ROOT);
        for (SegmentStatus s : VALUES) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /** Revoked or suspended: calls from it are blocked, whatever else is known. */
    public boolean isBarred() {
        return this == REVOKED || this == SUSPENDED;
    }

    /** No longer (or not yet) in service: expired, quarantined or released. */
    public boolean isInactive() {
        return this == EXPIRED || this == QUARANTINED || this == RELEASED;
    }
}
