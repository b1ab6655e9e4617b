package io.numguard.registry.licensee;

import io.numguard.registry.RegulatoryCalendar;

import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Segments are resold together with the shell company that holds them, so the licensee's record never changes; the
 * tell is a new legal representative or controlling shareholder soon after an allocation. A control change is a
 * suspected resale when it comes within {@link #WINDOW} (calendar months, China time, inclusive) after ANY
 * allocation to the licensee, whatever became of that segment since.
 * Allocations after the change do not count: they did not exist when control changed hands.
 */
public final class ResaleCheck {
    public static final Period WINDOW = Period.ofMonths(12);

    private ResaleCheck() {
    }

    public static boolean isSuspectedResale(Collection<Instant> allocationTimes, Instant changeAt) {
        return latestAllocationUpTo(allocationTimes, changeAt)
                .map(allocatedAt -> !changeAt.isAfter(windowEnd(allocatedAt)))
                .orElse(false);
    }

    /** The last allocation at or before the change; if any allocation is within the window, this one is. */
    public static Optional<Instant> latestAllocationUpTo(Collection<Instant> allocationTimes, Instant changeAt) {
        Objects.requireNonNull(changeAt, "changeAt");
        return allocationTimes.stream().filter(t -> !t.isAfter(changeAt)).max(Instant::compareTo);
    }

    /** The last instant at which a control change is still suspect for an allocation at {@code allocatedAt}. */
    public static Instant windowEnd(Instant allocatedAt) {
        return allocatedAt.atZone(RegulatoryCalendar.ZONE).plus(WINDOW).toInstant();
    }
}
