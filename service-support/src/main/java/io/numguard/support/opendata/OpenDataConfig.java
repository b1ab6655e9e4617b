package io.numguard.support.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The open-data feeds' settings ({@code numguard.open-data.*}), the same for every service that serves one. */
@ConfigMapping(prefix = "numguard.open-data")
public interface OpenDataConfig {
    /** {@code Cache-Control: public, max-age=} of a feed response. */
    @WithDefault("PT60S")
    Duration maxAge();

    /** How often a replica checks whether another one changed a feed (its own changes show right after commit). */
    @WithDefault("5s")
    String refreshInterval();

    RateLimit rateLimit();

    interface RateLimit {
        /** Requests per client address and window; 0 turns the limit off. */
        @WithDefault("120")
        int requests();

        @WithDefault("PT1M")
        Duration window();
    }
}
