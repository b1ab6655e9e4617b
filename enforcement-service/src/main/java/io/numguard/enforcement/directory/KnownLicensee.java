package io.numguard.enforcement.directory;

import java.util.List;
import java.util.Objects;

/**
 * What the enforcement service knows about a licensee, learned from {@code licensee.*} and {@code segment.*} events.
 *
 * @param legalRepresentativeHash salted hash of the legal representative's ID number (never the number), may be null
 * @param segmentCodes            segments the licensee currently holds
 */
public record KnownLicensee(String uscc, String province, String legalRepresentativeHash, List<String> segmentCodes) {
    public KnownLicensee {
        Objects.requireNonNull(uscc, "uscc");
        segmentCodes = segmentCodes == null ? List.of() : List.copyOf(segmentCodes);
    }
}
