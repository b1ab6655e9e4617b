package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;

/**
 * What a segment's status means to the registry. The status itself is the event contract's; these readings of it
 * are the registry's own rules (other services read the same statuses their own way).
 */
public final class SegmentStatusRules {
    private SegmentStatusRules() {
    }

    /** Whether a segment in this status keeps its code (and overlapping codes) from being allocated. */
    public static boolean blocksAllocation(SegmentStatus status) {
        return status != SegmentStatus.RELEASED;
    }

    /** Whether the licensee still holds the segment (may file sub-numbers on it). */
    public static boolean isHeld(SegmentStatus status) {
        return status == SegmentStatus.ALLOCATED || status == SegmentStatus.SUSPENDED;
    }
}
