package io.numguard.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The legal representative or a controlling shareholder of a licensee changed.
 *
 * @param change          LEGAL_REPRESENTATIVE or CONTROLLING_SHAREHOLDER
 * @param suspectedResale true when the change came within 12 months of an allocation to this licensee
 * @param segmentCodes    the segments the licensee holds
 * @param legalRepresentativeHash         the legal representative after the change (HMAC of the ID number, as in
 *                                        {@code licensee.registered}); null when the change is of a shareholder only
 *                                        and the registry did not say
 * @param previousLegalRepresentativeHash the one before the change, null when not known
 */
public record LicenseeControlChanged(
        String uscc,
        String province,
        String change,
        boolean suspectedResale,
        Instant lastAllocationAt,
        List<String> segmentCodes,
        Instant occurredAt,
        String legalRepresentativeHash,
        String previousLegalRepresentativeHash) {
    public LicenseeControlChanged {
        Require.present("uscc", uscc);
        Require.present("change", change);
        segmentCodes = segmentCodes == null ? List.of() : List.copyOf(segmentCodes);
    }

    /** Without the representatives, as producers before 2026-12-02 sent it (consumers then learn no new person). */
    public LicenseeControlChanged(String uscc, String province, String change, boolean suspectedResale,
                                  Instant lastAllocationAt, List<String> segmentCodes, Instant occurredAt) {
        this(uscc, province, change, suspectedResale, lastAllocationAt, segmentCodes, occurredAt, null, null);
    }
}
