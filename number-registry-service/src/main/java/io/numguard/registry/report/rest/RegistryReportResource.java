package io.numguard.registry.report.rest;

import io.numguard.registry.report.service.RegistryReportService;
import io.numguard.support.report.ReportResponses;
import io.numguard.support.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@Tag(name = "reports")
public class RegistryReportResource {
    @Inject
    RegistryReportService reports;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;

    @GET
    @Path("monthly")
    @RolesAllowed("regulator")
    @Produces({"application/json", "text/csv"})
    @Operation(summary = "Monthly report: segments", description = "Regulator. Per province and licensee, the "
            + "segments allocated, suspended and revoked in the month (China time). A provincial regulator sees its "
            + "province; the ministry (CN) all, or one with province=. JSON, or CSV (long form: month, section, "
            + "province, subjectKind, subject, measure, value) with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "invalid-parameter: month is not YYYY-MM, or province is not "
            + "a two-letter code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside-province")
    public Response monthly(@Parameter(description = "YYYY-MM", required = true) @QueryParam("month") String month,
                            @Parameter(description = "ministry only: one province") @QueryParam("province")
                            String province) {
        return ReportResponses.answer(caller, month, province, headers, reports::monthly);
    }
}
