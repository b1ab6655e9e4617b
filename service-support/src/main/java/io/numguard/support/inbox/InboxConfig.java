package io.numguard.support.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The idempotent consumer's settings ({@code numguard.inbox.*}). */
@ConfigMapping(prefix = "numguard.inbox")
public interface InboxConfig {
    /** Attempts at a record failing for a non-transient reason before it is dead-lettered. */
    @WithDefault("5")
    int maxAttempts();
}
