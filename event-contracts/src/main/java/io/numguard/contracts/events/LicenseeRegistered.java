package io.numguard.contracts.events;

import java.time.Instant;

/**
 * A licensee (call-centre enterprise) entered the registry.
 *
 * @param legalRepresentativeHash salted hash of the legal representative's ID number, never the number
 */
public record LicenseeRegistered(
        String uscc,
        String name,
        String province,
        String legalRepresentativeHash,
        Instant occurredAt) {
    public LicenseeRegistered {
        Require.present("uscc", uscc);
        Require.present("province", province);
    }
}
