package io.numguard.registry.segment;

import io.numguard.registry.licensee.Province;

import java.util.Optional;

/**
 * Who may read a segment: the read-side twin of {@link AllocationPolicies#regulatorActsWithinItsProvince()}. A
 * regulator reads the segments of its province (the ministry, {@code CN}, every one); a licensee only its own;
 * police and carriers every segment.
 */
public final class SegmentReadScope {

    /** Why a read is refused; {@link #slug()} is the problem type. */
    public enum Refusal {
        OUTSIDE_PROVINCE("outside-province"),
        OTHER_LICENSEE("other-licensee");

        private final String slug;

        Refusal(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    /**
     * The reader, as far as the scope goes.
     *
     * @param regulatorProvince the province claim of a regulator; null for any other role
     * @param licenseeUscc      the USCC claim of a licensee; null for any other role
     */
    public record Reader(Province regulatorProvince, String licenseeUscc) {
    }

    private SegmentReadScope() {}

    /** Empty when the reader may read the segment. */
    public static Optional<Refusal> refusalToRead(Reader reader, Segment segment) {
        if (reader.regulatorProvince() != null && !reader.regulatorProvince().covers(segment.province())) {
            return Optional.of(Refusal.OUTSIDE_PROVINCE);
        }
        if (reader.licenseeUscc() != null
                && !segment.licensee().value().equalsIgnoreCase(reader.licenseeUscc().strip())) {
            return Optional.of(Refusal.OTHER_LICENSEE);
        }
        return Optional.empty();
    }

    /** The province a list is limited to; null when the reader sees every province. */
    public static Province listedProvince(Reader reader) {
        Province p = reader.regulatorProvince();
        return p == null || p.isNational() ? null : p;
    }
}
