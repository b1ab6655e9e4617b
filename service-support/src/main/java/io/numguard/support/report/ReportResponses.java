package io.numguard.support.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A report as JSON or, when {@code Accept} prefers it, CSV (UTF-8, header row). */
public final class ReportResponses {
    public static final String CSV = "text/csv; charset=utf-8; header=present";

    private ReportResponses() {
    }

    /** The service's report of the month, for the caller's province scope: what every report endpoint answers. */
    public static Response answer(io.numguard.support.security.Caller caller, String month, String province,
                                  HttpHeaders headers,
                                  java.util.function.BiFunction<ReportMonth, String, MonthlyReport> report) {
        ReportMonth m = ReportMonth.parse(month);
        return of(report.apply(m, ReportScope.of(caller, province).orElse(null)), headers);
    }

    public static Response of(MonthlyReport report, HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
            if (m.isCompatible(new MediaType("text", "csv"))) {
                return Response.ok(report.toCsv(), CSV).header("Content-Disposition", "attachment; filename=\""
                        + report.service() + "-" + report.month() + ".csv\"").build();
            }
        }
        return Response.ok(report.toJson(), MediaType.APPLICATION_JSON).build();
    }
}
