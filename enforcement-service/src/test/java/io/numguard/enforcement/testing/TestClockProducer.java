package io.numguard.enforcement.testing;

import io.numguard.devstack.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The service's clock in module tests, replacing service-support's default bean: devstack's running
 * {@link MutableClock} (real time plus an offset the test moves forward), so that deadlines are passed without
 * waiting while time still flows for everything else (outbox, inbox).
 */
@ApplicationScoped
public class TestClockProducer {
    public static final MutableClock CLOCK = MutableClock.running();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
