package io.numguard.enforcement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The legal-representative hash ({@code numguard.legal-representative.*}), shared with the registry. */
@ConfigMapping(prefix = "numguard.legal-representative")
public interface LegalRepresentativeConfig {
    /** HMAC key; must equal the registry's, or sanctions will not match. A credential outside local runs. */
    @WithDefault("numguard-dev-pepper-change-me")
    String pepper();
}
