package io.numguard.support.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} column as a native query returns it (the driver and Hibernate differ by version). */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + v.getClass());
    }
}
