package io.numguard.registry.licensee;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import static io.numguard.registry.RegulatoryCalendar.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

class ResaleCheckTest {
    private static final ZonedDateTime ALLOCATED = ZonedDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZONE);

    private static Instant monthsAfter(int months) {
        return ALLOCATED.plusMonths(months).toInstant();
    }

    @Test
    void changeElevenMonthsAfterAnAllocationIsSuspect() {
        assertThat(ResaleCheck.isSuspectedResale(List.of(ALLOCATED.toInstant()), monthsAfter(11))).isTrue();
    }

    @Test
    void changeThirteenMonthsAfterIsNot() {
        assertThat(ResaleCheck.isSuspectedResale(List.of(ALLOCATED.toInstant()), monthsAfter(13))).isFalse();
    }

    @Test
    void twelveMonthsToTheSecondIsStillWithin() {
        assertThat(ResaleCheck.isSuspectedResale(List.of(ALLOCATED.toInstant()), monthsAfter(12))).isTrue();
        assertThat(ResaleCheck.isSuspectedResale(List.of(ALLOCATED.toInstant()), monthsAfter(12).plusSeconds(1)))
                .isFalse();
    }

    @Test
    void anyAllocationCountsNotOnlyTheFirst() {
        Instant longAgo = ALLOCATED.minusYears(3).toInstant();
        assertThat(ResaleCheck.isSuspectedResale(List.of(longAgo, ALLOCATED.toInstant()), monthsAfter(11)))
                .isTrue();
        assertThat(ResaleCheck.latestAllocationUpTo(List.of(longAgo, ALLOCATED.toInstant()), monthsAfter(11)))
                .contains(ALLOCATED.toInstant());
    }

    @Test
    void noAllocationOrOnlyLaterOnesIsNotSuspect() {
        assertThat(ResaleCheck.isSuspectedResale(List.of(), monthsAfter(1))).isFalse();
        assertThat(ResaleCheck.isSuspectedResale(List.of(monthsAfter(2)), monthsAfter(1))).isFalse();
    }
}
