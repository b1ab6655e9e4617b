package io.numguard.complaint.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Conversions between JDBC values and java.time, whatever the driver hands back for timestamptz and date. */
public final class Sql {
    private Sql() {
    }

    public static Instant instant(Object v) {
        return io.numguard.support.db.Timestamps.instant(v);
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

    /**
     * A {@code text[]} parameter as its literal, bound with {@code setObject(i, literal, Types.OTHER)} to
     * {@code ?::text[]}: the driver's {@code createArrayOf} escapes character by character into an unsized buffer,
     * which showed in the batch intake profile. Bind it untyped ({@code OTHER}), never with {@code setString}: a
     * varchar parameter cast to an array is parsed again wherever the plan evaluates it, per row in a filter (that
     * made one 1,000-element lookup take 0.4 s). Nulls become NULL; quotes and backslashes are escaped.
     */
    public static String texts(List<String> values) {
        StringBuilder sb = new StringBuilder(values.size() * 12 + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i);
            if (v == null) {
                sb.append("NULL");
                continue;
            }
            sb.append('"');
            if (v.indexOf('"') < 0 && v.indexOf('\\') < 0) {
                sb.append(v);
            } else {
                for (int j = 0; j < v.length(); j++) {
                    char ch = v.charAt(j);
                    if (ch == '"' || ch == '\\') {
                        sb.append('\\');
                    }
                    sb.append(ch);
                }
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    /** A {@code bigint[]} parameter as its literal (see {@link #texts}). */
    public static String longs(List<Long> values) {
        StringBuilder sb = new StringBuilder(values.size() * 17 + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Long v = values.get(i);
            sb.append(v == null ? "NULL" : v.toString());
        }
        return sb.append('}').toString();
    }

    /** A {@code boolean[]} parameter as its literal (see {@link #texts}). */
    public static String booleans(List<Boolean> values) {
        StringBuilder sb = new StringBuilder(values.size() * 2 + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Boolean v = values.get(i);
            sb.append(v == null ? "NULL" : v ? "t" : "f");
        }
        return sb.append('}').toString();
    }

    public static long asLong(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
