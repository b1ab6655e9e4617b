package io.numguard.devstack.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so that deadlines, windows and rate limits are tested without waiting.
 *
 * <p>Two kinds: a stopped clock ({@link #at}, {@link #MutableClock(Instant)}) that moves only when the test moves
 * it, for plain domain tests; and a running clock ({@link #running()}), real time plus an offset the test moves
 * forward, for a booted service whose outbox, inbox and jobs need time to keep flowing while a test passes a
 * deadline.
 */
public final class MutableClock extends Clock {
    private final Clock base;
    private volatile Instant stoppedAt;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(Instant start) {
        this(null, start);
    }

    private MutableClock(Clock base, Instant stoppedAt) {
        this.base = base;
        this.stoppedAt = stoppedAt;
    }

    public static MutableClock at(String isoInstant) {
        return new MutableClock(Instant.parse(isoInstant));
    }

    /** Real time (UTC) plus an offset that {@link #advance} and {@link #set} move. */
    public static MutableClock running() {
        return new MutableClock(Clock.systemUTC(), null);
    }

    public synchronized MutableClock advance(Duration d) {
        if (base == null) {
            stoppedAt = stoppedAt.plus(d);
        } else {
            offset = offset.plus(d);
        }
        return this;
    }

    /** Jumps to the instant; a running clock goes on running from there. */
    public synchronized MutableClock set(Instant instant) {
        if (base == null) {
            stoppedAt = instant;
        } else {
            offset = Duration.between(base.instant(), instant);
        }
        return this;
    }

    @Override
    public Instant instant() {
        return base == null ? stoppedAt : base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
