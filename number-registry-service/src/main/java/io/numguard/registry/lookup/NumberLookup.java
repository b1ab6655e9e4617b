package io.numguard.registry.lookup;

import io.numguard.registry.subnumber.SubNumberFiling;

import java.util.Optional;

/**
 * The answer of the number index: the segment holding the number (longest matching code) and, for an 8-digit
 * number, its sub-number filing. Instances are built when the index changes and shared by every lookup, so a
 * lookup allocates nothing.
 *
 * @param segment null when no segment holds the number ({@link #NOT_HELD})
 * @param filing  null when the number has no filing by the holder of the segment
 */
public record NumberLookup(IndexedSegment segment, SubNumberFiling filing) {
    public static final NumberLookup NOT_HELD = new NumberLookup(null, null);

    public NumberLookup {
        if (segment == null && filing != null) {
            throw new IllegalArgumentException("a filing is shown only with the segment that holds the number");
        }
    }

    public boolean isHeld() {
        return segment != null;
    }

    public Optional<IndexedSegment> heldBy() {
        return Optional.ofNullable(segment);
    }

    public Optional<SubNumberFiling> subNumberFiling() {
        return Optional.ofNullable(filing);
    }
}
