package io.numguard.enforcement.decisionlog.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The decision log's signed checkpoints ({@code numguard.decision-log.*}). The defaults are a demo key pair for
 * local runs and tests only: a deployment sets its own (the private key from a Secret) and publishes the public key
 * to the regulators who verify checkpoints.
 */
@ConfigMapping(prefix = "numguard.decision-log")
public interface DecisionLogConfig {

    /** Ed25519 private key, PKCS#8, base64: a credential, from a Secret outside local runs. */
    @WithDefault("MC4CAQAwBQYDK2VwBCIEIDJ1JLHtKhTOMc6b2clq3xSL/lvwHh/lBiP70/CnxBQh")
    String checkpointSigningSecret();

    /** The matching Ed25519 public key, X.509, base64. */
    @WithDefault("MCowBQYDK2VwAyEAThKYeNyVuXcA2C1jU/+CVQ9hgi+LQ+5WiqRL1Q3Bb6g=")
    String checkpointPublicKey();

    /** How often the head is signed and stored when it moved (a Quarkus scheduler period, or "off"). */
    @WithDefault("1m")
    String checkpointEvery();
}
