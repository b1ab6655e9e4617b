package io.numguard.registry.sanction;

import io.numguard.contracts.events.SanctionImposed;
import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.LegalRepresentativeHash;

import java.time.Instant;
import java.util.Objects;

/**
 * Joint punishment decided by enforcement and kept locally by the registry (from {@code sanction.imposed} /
 * {@code sanction.lifted}): while active it bars new segments to the licensee and, through the hash, to any company
 * with the same legal representative.
 *
 * @param legalRepresentative null when the sanction names the company only
 * @param liftedAt            null while in force
 */
public record Sanction(String sanctionId, Uscc licensee, LegalRepresentativeHash legalRepresentative, String reason,
                       Instant imposedAt, Instant liftedAt) {
    public Sanction {
        Objects.requireNonNull(sanctionId, "sanctionId");
        Objects.requireNonNull(licensee, "licensee");
        Objects.requireNonNull(imposedAt, "imposedAt");
    }

    public static Sanction from(SanctionImposed event) {
        String hash = event.legalRepresentativeHash();
        return new Sanction(event.sanctionId(), Uscc.parse(event.uscc()),
                hash == null || hash.isBlank() ? null : LegalRepresentativeHash.of(hash), event.reason(),
                event.imposedAt() == null ? Instant.EPOCH : event.imposedAt(), null);
    }

    public Sanction lift(Instant at) {
        return new Sanction(sanctionId, licensee, legalRepresentative, reason, imposedAt, at);
    }

    public boolean isActiveAt(Instant at) {
        return !at.isBefore(imposedAt) && (liftedAt == null || at.isBefore(liftedAt));
    }
}
