package io.numguard.enforcement.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The enforcement service's own settings ({@code numguard.enforcement.*}), each overridable by environment. */
@ConfigMapping(prefix = "numguard.enforcement")
public interface EnforcementConfig {

    /** Time a licensee is given to rectify after an order to rectify. */
    @WithDefault("P15D")
    Duration rectificationPeriod();

    /** Time every carrier has to acknowledge that it blocked a suspended or revoked segment. */
    @WithDefault("PT24H")
    Duration acknowledgementPeriod();

    /** Time to acknowledge a suspension; {@link #acknowledgementPeriod()} when unset. */
    Optional<Duration> acknowledgementPeriodSuspend();

    /** Time to acknowledge a revocation (blocking at once matters most); {@link #acknowledgementPeriod()} when unset. */
    Optional<Duration> acknowledgementPeriodRevoke();

    /** How often overdue acknowledgements are looked for (a Quarkus scheduler period, or "off"). */
    @WithDefault("1m")
    String escalationEvery();
}
