package io.numguard.registry.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision PostgreSQL keeps (microseconds), so that an instant held in memory (the
 * number index compares allocation times) equals the same instant read back from the database.
 */
public final class Now {
    private Now() {
    }

    public static Instant of(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
