package io.numguard.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The outbox relay's settings ({@code numguard.outbox.*}). */
@ConfigMapping(prefix = "numguard.outbox")
public interface OutboxConfig {
    /** Rows relayed per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long relayed rows are kept before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the relay looks for rows it was not woken for (read by its {@code @Scheduled} expression). */
    @WithDefault("1s")
    String pollInterval();
}
