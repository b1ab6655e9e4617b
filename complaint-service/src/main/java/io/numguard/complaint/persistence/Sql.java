package io.numguard.complaint.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** Conversions between JDBC values and java.time, whatever the driver hands back for timestamptz and date. */
public final class Sql {
    private Sql() {
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
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + v.getClass());
    }

    public static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    public static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + v.getClass());
    }

    /** SQL that turns a {@code bigint} of microseconds since the epoch into a timestamptz, exactly. */
    public static String fromMicros(String column) {
        return "('epoch'::timestamptz + " + column + " * interval '1 microsecond')";
    }

    /** Microseconds since the epoch (the precision of timestamptz); null stays null. */
    public static Long micros(Instant i) {
        return i == null ? null : Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
    }

    /** A {@code text[]} parameter. */
    public static Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    /** A {@code bigint[]} parameter. */
    public static Array longs(Connection c, List<Long> values) throws SQLException {
        return c.createArrayOf("int8", values.toArray());
    }

    public static long asLong(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
