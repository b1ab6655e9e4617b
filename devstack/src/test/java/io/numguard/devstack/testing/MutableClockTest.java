package io.numguard.devstack.testing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {
    @Test
    void aStoppedClockMovesOnlyWhenTheTestMovesIt() throws InterruptedException {
        MutableClock clock = MutableClock.at("2025-03-01T08:00:00Z");
        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        clock.advance(Duration.ofHours(25));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-03-02T09:00:00Z"));
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aRunningClockFollowsRealTimePlusWhatTheTestAdvanced() throws InterruptedException {
        MutableClock clock = MutableClock.running();
        Instant before = Instant.now();
        clock.advance(Duration.ofDays(16));
        Instant first = clock.instant();
        assertThat(first).isBetween(before.plus(Duration.ofDays(16)), Instant.now().plus(Duration.ofDays(16)));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);

        Instant target = Instant.parse("2030-06-01T00:00:00Z");
        clock.set(target);
        assertThat(clock.instant()).isBetween(target, target.plusSeconds(5));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(target);
    }
}
