package io.numguard.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Settings of the registry; every key can be overridden by an environment variable (NUMGUARD_REGISTRY_...). */
@ConfigMapping(prefix = "numguard.registry")
public interface RegistryConfig {

    NumberPlanConfig numberPlan();

    /** How long a revoked or expired code is kept from reallocation. */
    @WithDefault("P180D")
    Duration quarantine();

    Lifecycle lifecycle();

    Lookup lookup();

    interface Lifecycle {
        /** How often the job expires segments and releases quarantines (read by {@code @Scheduled}). */
        @WithDefault("1m")
        String checkInterval();
    }

    interface Lookup {
        /** How often the number index is rebuilt from the database (read by {@code @Scheduled}). */
        @WithDefault("5m")
        String rebuildInterval();
    }

    interface NumberPlanConfig {
        /** 95 sub-ranges open to call-centre enterprises. */
        @WithDefault("950,951,952,954,957")
        List<String> allowed();

        /** Reserved prefixes; reserved wins over allowed. */
        @WithDefault("953,955,956,95110")
        List<String> reserved();
    }
}
