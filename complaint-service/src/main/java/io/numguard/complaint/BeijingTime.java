package io.numguard.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone the complaint rules speak in: "once per day" means a calendar day in China (UTC+8, no DST),
 * whatever zone the server runs in. Instants stay UTC everywhere else.
 */
public final class BeijingTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
