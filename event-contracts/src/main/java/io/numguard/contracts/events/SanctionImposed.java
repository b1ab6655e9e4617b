package io.numguard.contracts.events;

import java.time.Instant;

/** Joint punishment: the licensee (USCC) and its legal representative (salted hash) are barred from new segments. */
public record SanctionImposed(
        String sanctionId,
        String uscc,
        String legalRepresentativeHash,
        String reason,
        String caseId,
        String imposedBy,
        Instant imposedAt) {
    public SanctionImposed {
        Require.present("sanctionId", sanctionId);
        Require.present("uscc", uscc);
    }
}
