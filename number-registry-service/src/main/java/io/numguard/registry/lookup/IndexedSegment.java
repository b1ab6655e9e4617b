package io.numguard.registry.lookup;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Carrier;
import io.numguard.registry.segment.Quarantine;
import io.numguard.registry.segment.Segment;
import io.numguard.contracts.events.SegmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the number index keeps of one segment row: enough to answer "who holds this number" without the history.
 * One row per allocation; {@link #allocatedAt} tells allocations of the same code apart.
 *
 * @param quarantine null unless QUARANTINED (or RELEASED from a quarantine)
 */
public record IndexedSegment(SegmentCode code, Uscc licensee, Province province, SegmentStatus status,
                             Quarantine quarantine, Set<Carrier> carriers, boolean outboundAuthorised,
                             boolean expanded, Instant allocatedAt, LocalDate validUntil) {
    public IndexedSegment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(licensee, "licensee");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(allocatedAt, "allocatedAt");
        if (status == SegmentStatus.QUARANTINED && quarantine == null) {
            throw new IllegalArgumentException("a QUARANTINED segment has a quarantine");
        }
        carriers = carriers == null || carriers.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(carriers));
    }

    public static IndexedSegment of(Segment s) {
        return new IndexedSegment(s.code(), s.licensee(), s.province(), s.status(), s.quarantine().orElse(null),
                s.carriers(), s.outboundAuthorised(), s.expanded(), s.allocatedAt(), s.validUntil());
    }

    /** See {@link Segment#publicStatus()}: REVOKED or EXPIRED while the code is quarantined. */
    public SegmentStatus publicStatus() {
        return status == SegmentStatus.QUARANTINED ? quarantine.cause() : status;
    }
}
