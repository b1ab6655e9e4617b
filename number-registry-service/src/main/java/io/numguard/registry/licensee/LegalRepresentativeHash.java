package io.numguard.registry.licensee;

import java.util.Locale;

/**
 * The legal representative of a licensee, known only by the HMAC-SHA256 (hex) of the normalised ID number, see
 * {@link LegalRepresentativeHasher}. The same person hashes identically across licensees, so a sanction on the
 * person matches every company they represent.
 */
public record LegalRepresentativeHash(String hex) {
    public LegalRepresentativeHash {
        hex = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
        if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a legal representative hash is 64 hex characters (HMAC-SHA256)");
        }
    }

    public static LegalRepresentativeHash of(String hex) {
        return new LegalRepresentativeHash(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
