package io.numguard.console.web;

import io.numguard.console.api.ServiceApi;
import io.numguard.console.api.Target;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.numguard.console.web.Flow.params;

/**
 * The regulator's monthly report: the three services' {@code GET /api/reports/monthly} for one month and province,
 * side by side (segments; complaints; cases, acknowledgements, referrals), each section a table with its totals and
 * a stacked bar per licensee or carrier, and each service's CSV to download. A provincial regulator sees its own
 * province (the services enforce it); the ministry ({@code CN}) all, or one it picks.
 */
@Path("/regulator/reports")
@RolesAllowed("regulator")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {
    /** The report months are China's calendar months, as the services count them. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** ISO 3166-2:CN codes the ministry may filter on (number-registry-service's Province accepts these). */
    static final List<String> PROVINCES = List.of("AH", "BJ", "CQ", "FJ", "GD", "GS", "GX", "GZ", "HA", "HB", "HE",
            "HI", "HK", "HL", "HN", "JL", "JS", "JX", "LN", "MO", "NM", "NX", "QH", "SC", "SD", "SH", "SN", "SX", "TJ",
            "TW", "XJ", "XZ", "YN", "ZJ");
    static final Map<String, Target> SERVICES = Map.of("registry", Target.REGISTRY, "complaint", Target.COMPLAINT,
            "enforcement", Target.ENFORCEMENT);

    @Inject
    ServiceApi api;
    @Inject
    Ui ui;
    @Location("regulator/reports.html")
    Template page;

    @GET
    public TemplateInstance reports(@QueryParam("month") String month, @QueryParam("province") String province) {
        String m = month == null || month.isBlank() ? YearMonth.now(CHINA).toString() : month.trim();
        String p = province == null ? "" : province.trim().toUpperCase();
        List<ServiceReport> reports = new ArrayList<>();
        for (String service : List.of("registry", "complaint", "enforcement")) {
            Part<List<ReportSection>> part = ui.part(() -> ReportSection.of(api.get(SERVICES.get(service),
                    "/api/reports/monthly", params("month", m, "province", p)).map()));
            reports.add(new ServiceReport(service, part.value() == null ? List.of() : part.value(), part.error()));
        }
        return ui.page(page.data("month", m).data("province", p).data("provinces", PROVINCES)
                .data("national", "CN".equals(ui.claim("province"))).data("reports", reports));
    }

    /** One service's sections, or the problem (in words) that kept them away; the other services still show. */
    @io.quarkus.qute.TemplateData
    public record ServiceReport(String service, List<ReportSection> sections, String error) {
    }

    /** One service's part of the report as its CSV, passed through with the person's own token. */
    @GET
    @Path("{service}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("service") String service, @QueryParam("month") String month,
                        @QueryParam("province") String province) {
        Target target = SERVICES.get(service);
        if (target == null) {
            throw new NotFoundException("no report of '" + service + "': registry, complaint or enforcement");
        }
        String m = month == null || month.isBlank() ? YearMonth.now(CHINA).toString() : month.trim();
        String csv = api.text(target, "/api/reports/monthly", params("month", m, "province", province), "text/csv");
        return Response.ok(csv, "text/csv; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"numguard-" + service + "-" + m
                        + (province == null || province.isBlank() ? "" : "-" + province.trim().toUpperCase())
                        + ".csv\"").build();
    }
}
