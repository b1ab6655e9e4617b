package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.registry.numberplan.SegmentCode;

import java.util.Objects;

/** What the overlap policy needs to know of a segment already in the registry (a query projection will do). */
public record ExistingSegment(SegmentCode code, SegmentStatus status) {
    public ExistingSegment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
    }

    public static ExistingSegment of(Segment segment) {
        return new ExistingSegment(segment.code(), segment.status());
    }
}
