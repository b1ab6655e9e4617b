package io.numguard.registry.subnumber;

import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.numberplan.SegmentCode;

import java.time.Instant;
import java.util.Objects;

/**
 * The real-name record of one 8-digit number of an expanded segment: which end client the holding licensee lets
 * use it. There is one filing per number; filing the number again replaces it.
 *
 * @param licensee the licensee that filed it, the holder of the segment at the time
 * @param filedBy  the user who filed it
 */
public record SubNumberFiling(PhoneNumber number, SegmentCode segment, Uscc licensee, EndClient endClient,
                              Instant filedAt, String filedBy) {
    public SubNumberFiling {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(licensee, "licensee");
        Objects.requireNonNull(endClient, "endClient");
        Objects.requireNonNull(filedAt, "filedAt");
        if (number.digits().length() != SegmentCode.EXPANDED_LENGTH || !segment.contains(number)) {
            throw new IllegalArgumentException("filed number " + number + " is not an 8-digit number of segment "
                    + segment);
        }
    }
}
