package io.numguard.registry.sanction;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.LegalRepresentativeHash;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sanctions in force at one instant, by licensee and by legal representative: the facts the allocation policies
 * read. Load the sanctions naming the licensee's USCC or its representative's hash and pass them here.
 */
public final class ActiveSanctions {
    private static final ActiveSanctions NONE = new ActiveSanctions(Map.of(), Map.of());

    private final Map<Uscc, Sanction> byLicensee;
    private final Map<LegalRepresentativeHash, Sanction> byLegalRepresentative;

    private ActiveSanctions(Map<Uscc, Sanction> byLicensee,
                            Map<LegalRepresentativeHash, Sanction> byLegalRepresentative) {
        this.byLicensee = byLicensee;
        this.byLegalRepresentative = byLegalRepresentative;
    }

    public static ActiveSanctions none() {
        return NONE;
    }

    /** The sanctions of {@code sanctions} that are in force at {@code at}. */
    public static ActiveSanctions of(Collection<Sanction> sanctions, Instant at) {
        Map<Uscc, Sanction> byLicensee = new HashMap<>();
        Map<LegalRepresentativeHash, Sanction> byRep = new HashMap<>();
        for (Sanction s : sanctions) {
            if (s.isActiveAt(at)) {
                byLicensee.putIfAbsent(s.licensee(), s);
                if (s.legalRepresentative() != null) {
                    byRep.putIfAbsent(s.legalRepresentative(), s);
                }
            }
        }
        return new ActiveSanctions(Map.copyOf(byLicensee), Map.copyOf(byRep));
    }

    public Optional<Sanction> against(Uscc licensee) {
        return Optional.ofNullable(byLicensee.get(licensee));
    }

    public Optional<Sanction> against(LegalRepresentativeHash legalRepresentative) {
        return Optional.ofNullable(byLegalRepresentative.get(legalRepresentative));
    }
}
