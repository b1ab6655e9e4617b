package io.numguard.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Licence and segment validity are calendar dates in China time, whatever zone the server runs in; every conversion
 * between an instant and such a date goes through here.
 */
public final class RegulatoryCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private RegulatoryCalendar() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of the given date in China time. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
