package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;

/** Why a verdict is what it is; each renders as a sentence for the callee or the regulator. */
public enum ReasonCode {
    NUMBER_LABEL,
    SEGMENT_LABEL_INHERITED,
    SEGMENT_LABEL_MORE_SEVERE,
    SEGMENT_SUSPENDED,
    SEGMENT_REVOKED,
    SEGMENT_EXPIRED,
    SEGMENT_QUARANTINED,
    SEGMENT_RELEASED,
    SEGMENT_UNKNOWN,
    OUTBOUND_FROM_INBOUND_ONLY,
    UNFILED_SUB_NUMBER;

    static final ReasonCode[] VALUES = values();

    int bit() {
        return 1 << ordinal();
    }

    /** The status reason of a segment status; null for ALLOCATED (an unknown segment's is {@link #SEGMENT_UNKNOWN}). */
    static ReasonCode ofStatus(SegmentStatus status) {
        return switch (status) {
            case ALLOCATED -> null;
            case SUSPENDED -> SEGMENT_SUSPENDED;
            case REVOKED -> SEGMENT_REVOKED;
            case EXPIRED -> SEGMENT_EXPIRED;
            case QUARANTINED -> SEGMENT_QUARANTINED;
            case RELEASED -> SEGMENT_RELEASED;
        };
    }

    String describe(ScreeningVerdict v) {
        String segment = "segment " + v.segmentCode();
        return switch (this) {
            case NUMBER_LABEL -> "the number is labelled " + v.numberLabel() + " from complaints, marks and referrals";
            case SEGMENT_LABEL_INHERITED -> "the number has no complaints of its own; it inherits the label "
                    + v.segmentLabel() + " of " + segment + " (fraudsters rotate the last digits)";
            case SEGMENT_LABEL_MORE_SEVERE -> segment + " is labelled " + v.segmentLabel()
                    + ", more severe than the number's own label";
            case SEGMENT_SUSPENDED -> segment + " is SUSPENDED by the regulator";
            case SEGMENT_REVOKED -> segment + " is REVOKED by the regulator";
            case SEGMENT_EXPIRED -> segment + " has EXPIRED";
            case SEGMENT_QUARANTINED -> segment + " is QUARANTINED (not in service)";
            case SEGMENT_RELEASED -> segment + " is RELEASED (not allocated to anyone)";
            case SEGMENT_UNKNOWN -> segment + " is not known to the number registry";
            case OUTBOUND_FROM_INBOUND_ONLY -> segment + " is authorised for inbound calls only, yet it is calling out";
            case UNFILED_SUB_NUMBER -> "the number is a sub-number of " + segment
                    + " without a real-name filing, yet it is calling out";
        };
    }
}
