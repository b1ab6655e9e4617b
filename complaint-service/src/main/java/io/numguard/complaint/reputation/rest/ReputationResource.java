package io.numguard.complaint.reputation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.numguard.complaint.config.ComplaintSettings;
import io.numguard.complaint.reputation.CallDirection;
import io.numguard.complaint.reputation.service.ReputationQueryService;
import io.numguard.complaint.reputation.service.ReputationQueryService.VerdictView;
import io.numguard.support.problem.Parameters;
import io.numguard.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The call-time screening verdict. Carriers screen calls with it; regulators and police read it; a citizen may read
 * a single number's label and verdict (what a "who called me" app shows), not screen in bulk.
 */
@Path("/api/reputation")
@Tag(name = "reputation")
@Produces(MediaType.APPLICATION_JSON)
public class ReputationResource {
    @Inject
    ReputationQueryService reputation;
    @Inject
    ComplaintSettings settings;

    public record LookupRequest(@NotNull List<String> numbers,
                                @Schema(description = "OUTBOUND (the default when absent) or INBOUND")
                                CallDirection direction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LookupResponse(List<VerdictView> results) {
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({"carrier", "regulator", "police", "citizen"})
    @Operation(summary = "Label, verdict, score and reasons of one number",
            description = "The verdict combines the number's own reputation, its segment's, and the segment's "
                    + "registry state. direction=OUTBOUND (default) screens a call made from the 95 number.")
    @APIResponse(responseCode = "200", description = "the verdict")
    @APIResponse(responseCode = "400", description = "invalid-number; invalid-value (direction not OUTBOUND or "
            + "INBOUND, with parameter and allowed)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "licensees may not screen")
    public VerdictView one(@PathParam("number") String number,
                           @Parameter(description = "OUTBOUND (the default): a call made from the 95 number; "
                                   + "INBOUND: a call made to it (case-insensitive)",
                                   schema = @Schema(enumeration = {"OUTBOUND", "INBOUND"}, defaultValue = "OUTBOUND"))
                           @QueryParam("direction") @DefaultValue("OUTBOUND") String direction) {
        CallDirection d = Parameters.oneOf(CallDirection.class, direction, "direction");
        return reputation.verdict(number, d == null ? CallDirection.OUTBOUND : d);
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"carrier", "regulator", "police"})
    @Operation(summary = "Verdicts of up to 1,000 numbers, in input order",
            description = "A malformed number gets an error in its place; the others are answered.")
    @APIResponse(responseCode = "200", description = "one result per number")
    @APIResponse(responseCode = "400", description = "validation-failed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "citizens and licensees may not screen in bulk")
    @APIResponse(responseCode = "413", description = "batch-too-large", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LookupResponse lookup(@Valid @NotNull LookupRequest request) {
        CallDirection direction = request.direction() == null ? CallDirection.OUTBOUND : request.direction();
        return new LookupResponse(reputation.lookup(request.numbers(), direction, settings.verdict().maxLookup()));
    }
}
