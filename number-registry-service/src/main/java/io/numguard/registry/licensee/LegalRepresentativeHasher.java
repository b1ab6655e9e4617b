package io.numguard.registry.licensee;

import io.numguard.contracts.identity.LegalRepresentativeHashing;

/**
 * Turns a legal representative's ID number into a {@link LegalRepresentativeHash}, by the contract's
 * {@link LegalRepresentativeHashing} (the same in every service that matches people). The raw number is never
 * kept. Thread-safe.
 */
public final class LegalRepresentativeHasher {
    private final LegalRepresentativeHashing hashing;

    public LegalRepresentativeHasher(String pepper) {
        this.hashing = new LegalRepresentativeHashing(pepper);
    }

    public LegalRepresentativeHash hash(String idNumber) {
        return new LegalRepresentativeHash(hashing.hash(idNumber));
    }

    @Override
    public String toString() {
        return "LegalRepresentativeHasher[pepper=***]";
    }
}
