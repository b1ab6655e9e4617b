package io.numguard.enforcement.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in module tests: real time plus an offset the test moves forward, so that deadlines are
 * passed without waiting while time still flows for everything else (outbox, inbox). Replaces the default bean.
 */
@ApplicationScoped
public class TestClock {
    public static final OffsetClock CLOCK = new OffsetClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static final class OffsetClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        public void advance(Duration d) {
            offset.updateAndGet(o -> o.plus(d));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
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
}
