package io.numguard.registry.segment.rest;

import io.numguard.registry.RegulatoryCalendar;
import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.segment.Quarantine;
import io.numguard.registry.segment.Segment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A segment as the API shows it. {@code status} is the public status (REVOKED or EXPIRED while the code is
 * quarantined, as in the events); {@code lifecycleStatus} is the registry's own (QUARANTINED).
 */
public record SegmentView(String code, String licenseeUscc, String province, String status, String lifecycleStatus,
                          List<String> carriers, boolean outboundAuthorised, boolean expanded, LocalDate validFrom,
                          LocalDate validUntil, Instant allocatedAt, Instant quarantinedUntil) {

    public static SegmentView of(Segment s) {
        return new SegmentView(s.code().value(), s.licensee().value(), s.province().code(), s.publicStatus().name(),
                s.status().name(), s.carriers().stream().map(Enum::name).toList(), s.outboundAuthorised(),
                s.expanded(), s.validFrom(), s.validUntil(), s.allocatedAt(),
                s.quarantine().map(Quarantine::until).orElse(null));
    }

    public static SegmentView of(IndexedSegment s) {
        return new SegmentView(s.code().value(), s.licensee().value(),
                s.province() == null ? null : s.province().code(), s.publicStatus().name(), s.status().name(),
                s.carriers().stream().map(Enum::name).toList(), s.outboundAuthorised(), s.expanded(),
                RegulatoryCalendar.dateOf(s.allocatedAt()), s.validUntil(), s.allocatedAt(),
                s.quarantine() == null ? null : s.quarantine().until());
    }
}
