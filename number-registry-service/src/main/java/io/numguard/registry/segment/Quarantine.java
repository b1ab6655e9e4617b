package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Why and how long an ended segment's code is kept from reallocation.
 *
 * @param cause REVOKED or EXPIRED
 * @param until the first instant at which the segment may be released
 */
public record Quarantine(SegmentStatus cause, Instant since, Instant until) {
    public Quarantine {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (cause != SegmentStatus.REVOKED && cause != SegmentStatus.EXPIRED) {
            throw new IllegalArgumentException("only a revoked or expired segment is quarantined, not " + cause);
        }
    }
}
