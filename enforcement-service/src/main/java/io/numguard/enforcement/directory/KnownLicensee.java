package io.numguard.enforcement.directory;

import io.numguard.contracts.events.SegmentStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the enforcement service knows about a licensee, learned from {@code licensee.*} and {@code segment.*} events.
 *
 * @param legalRepresentativeHash salted hash of the legal representative's ID number (never the number), may be null
 * @param segmentCodes            segments the licensee currently holds (none in a {@link #NO_LONGER_HELD} status)
 */
public record KnownLicensee(String uscc, String province, String legalRepresentativeHash, List<String> segmentCodes) {
    /** The statuses, as segment events announce them, in which a segment no longer counts as the licensee's. */
    public static final Set<SegmentStatus> NO_LONGER_HELD =
            EnumSet.of(SegmentStatus.REVOKED, SegmentStatus.EXPIRED, SegmentStatus.RELEASED);

    public KnownLicensee {
        Objects.requireNonNull(uscc, "uscc");
        segmentCodes = segmentCodes == null ? List.of() : List.copyOf(segmentCodes);
    }
}
