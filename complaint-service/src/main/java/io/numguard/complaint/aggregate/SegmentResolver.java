package io.numguard.complaint.aggregate;

import io.numguard.contracts.number.PhoneNumber;

import java.util.Optional;

/**
 * Which segment a number belongs to. Segments are 5 or 6 digits and only the registry knows which, so the real
 * codes come from {@code segment.*} events (the reputation index implements this); until a segment is known, a
 * number falls back to its 5-digit prefix.
 */
@FunctionalInterface
public interface SegmentResolver {

    /** The registry-known segment of the number, if any. */
    Optional<String> segmentOf(PhoneNumber number);

    /** The known segment, or the 5-digit prefix. */
    default String segmentCodeOf(PhoneNumber number) {
        Optional<String> known = segmentOf(number);
        return known.isPresent() ? known.get() : fallback(number);
    }

    /** The first five digits: what a number's segment is assumed to be until the registry says otherwise. */
    static String fallback(PhoneNumber number) {
        return number.digits().substring(0, 5);
    }

    /** Knows no segments: every number maps to its 5-digit prefix. */
    static SegmentResolver prefixOnly() {
        return number -> Optional.empty();
    }
}
