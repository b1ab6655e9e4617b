package io.numguard.enforcement.directory;

import io.numguard.contracts.number.PhoneNumber;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which known segment a number (or a segment code, itself a valid {@link PhoneNumber}) belongs to: the segment
 * whose code is the longest prefix of the number. The caller passes it in; in the service it is backed by the
 * local copy of segment events.
 */
@FunctionalInterface
public interface SegmentLookup {
    Optional<KnownSegment> segmentOf(PhoneNumber number);

    default Optional<KnownSegment> segmentByCode(String code) {
        return segmentOf(new PhoneNumber(code)).filter(s -> s.code().equals(code));
    }

    /** An in-memory longest-prefix lookup over the given segments; fine for tests and small directories. */
    static SegmentLookup of(Collection<KnownSegment> segments) {
        List<KnownSegment> byLongestCode = segments.stream()
                .sorted(Comparator.comparingInt((KnownSegment s) -> s.code().length()).reversed())
                .toList();
        return number -> byLongestCode.stream().filter(s -> s.covers(number)).findFirst();
    }

    static SegmentLookup of(KnownSegment... segments) {
        return of(List.of(segments));
    }

    static SegmentLookup none() {
        return number -> Optional.empty();
    }
}
