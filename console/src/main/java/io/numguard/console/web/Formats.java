package io.numguard.console.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How pages show values: times as China's local time (minutes), the zone the people using numguard work in. */
@TemplateExtension
public final class Formats {
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Formats() {
    }

    /** {@code {x.asTime}}: an ISO-8601 instant as {@code 2026-12-02 18:30}; anything else as it is; null as "-". */
    public static String asTime(Object value) {
        if (value == null) {
            return "-";
        }
        try {
            return MINUTES.format(Instant.parse(value.toString()));
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }
}
