package io.numguard.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The pepper of the legal-representative hash. Enforcement uses the same key and must use the same value, or a
 * sanction on a person will not match the companies they represent. Override it in every real deployment.
 */
@ConfigMapping(prefix = "numguard.legal-representative")
public interface LegalRepresentativeConfig {
    @WithDefault("numguard-dev-pepper-change-me")
    String pepper();
}
