package io.numguard.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The legal representative or a controlling shareholder of a licensee changed.
 *
 * @param change          LEGAL_REPRESENTATIVE or CONTROLLING_SHAREHOLDER
 * @param suspectedResale true when the change came within 12 months of an allocation to this licensee
 * @param segmentCodes    the segments the licensee holds
 */
public record LicenseeControlChanged(
        String uscc,
        String province,
        String change,
        boolean suspectedResale,
        Instant lastAllocationAt,
        List<String> segmentCodes,
        Instant occurredAt) {
    public LicenseeControlChanged {
        Require.present("uscc", uscc);
        Require.present("change", change);
        segmentCodes = segmentCodes == null ? List.of() : List.copyOf(segmentCodes);
    }
}
