package io.numguard.enforcement.sanction.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hashes a legal representative's ID number as the contract says (shared with the registry), so that a regulator
 * who has the ID number in hand can sanction the person and the registry matches the hash. The number itself is
 * never stored or logged.
 */
@ApplicationScoped
public class LegalRepresentativeHashing {

    @ConfigMapping(prefix = "numguard.legal-representative")
    public interface PepperConfig {
        /** Must equal the registry's, or sanctions will not match. */
        @WithDefault("numguard-dev-pepper-change-me")
        String pepper();
    }

    @Inject
    PepperConfig config;

    private volatile io.numguard.contracts.identity.LegalRepresentativeHashing hashing;

    public String hash(String idNumber) {
        if (hashing == null) {
            hashing = new io.numguard.contracts.identity.LegalRepresentativeHashing(config.pepper());
        }
        return hashing.hash(idNumber);
    }
}
