package io.numguard.registry.licensee;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded change of control, kept on the licensee. For {@link ControlChangeKind#LEGAL_REPRESENTATIVE} the
 * representative fields are set and the shareholder lists are empty; for
 * {@link ControlChangeKind#CONTROLLING_SHAREHOLDER} the other way round.
 *
 * @param lastAllocationAt the last allocation to the licensee at or before the change, null when there was none
 */
public record ControlChange(
        ControlChangeKind kind,
        Instant at,
        String recordedBy,
        LegalRepresentativeHash previousLegalRepresentative,
        LegalRepresentativeHash newLegalRepresentative,
        List<String> previousShareholders,
        List<String> newShareholders,
        boolean suspectedResale,
        Instant lastAllocationAt) {
    public ControlChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        previousShareholders = previousShareholders == null ? List.of() : List.copyOf(previousShareholders);
        newShareholders = newShareholders == null ? List.of() : List.copyOf(newShareholders);
    }
}
