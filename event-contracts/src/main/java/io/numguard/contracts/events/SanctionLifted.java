package io.numguard.contracts.events;

import java.time.Instant;

public record SanctionLifted(
        String sanctionId,
        String uscc,
        String legalRepresentativeHash,
        String reason,
        String liftedBy,
        Instant liftedAt) {
    public SanctionLifted {
        Require.present("sanctionId", sanctionId);
        Require.present("uscc", uscc);
    }
}
