package io.numguard.support.report;

import io.numguard.support.problem.ProblemException;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The month of a report, as {@code YYYY-MM}, in China time (the regulator's calendar): from 00:00 of its first day
 * to 00:00 of the next month's first day, Asia/Shanghai.
 */
public record ReportMonth(YearMonth month) {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** @throws ProblemException 400 {@code invalid-parameter} naming {@code month} and the format */
    public static ReportMonth parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("month is required: month=YYYY-MM, e.g. month=2026-11", raw);
        }
        if (FORMAT.matcher(raw.trim()).matches()) {
            try {
                return new ReportMonth(YearMonth.parse(raw.trim()));
            } catch (DateTimeParseException e) {
                // 2026-13 and the like: same answer as a malformed one
            }
        }
        throw invalid("month must be YYYY-MM (a month 01-12), e.g. month=2026-11, not '" + raw + "'", raw);
    }

    private static ProblemException invalid(String detail, String raw) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", detail)
                .with("parameter", "month").with("accepted", "YYYY-MM");
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay(CHINA).toInstant();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
