package io.numguard.enforcement.sanction.rest;

import io.numguard.enforcement.sanction.Sanction;

import java.time.Instant;

public record SanctionView(String id, String uscc, String legalRepresentativeHash, String reason, String caseId,
                           String imposedBy, Instant imposedAt, boolean active, String liftReason, String liftedBy,
                           Instant liftedAt) {
    public static SanctionView of(Sanction s) {
        return new SanctionView(s.sanctionId(), s.uscc(), s.legalRepresentativeHash(), s.reason(), s.caseId(),
                s.imposedBy(), s.imposedAt(), s.isActive(), s.liftReason(), s.liftedBy(), s.liftedAt());
    }
}
