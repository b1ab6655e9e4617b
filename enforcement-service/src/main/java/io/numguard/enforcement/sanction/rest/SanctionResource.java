package io.numguard.enforcement.sanction.rest;

import io.numguard.enforcement.common.service.Actors;
import io.numguard.enforcement.sanction.Sanction;
import io.numguard.enforcement.sanction.service.SanctionService;
import io.numguard.support.problem.Identifiers;
import io.numguard.support.problem.Parameters;
import io.numguard.support.security.Caller;
import io.numguard.support.paging.PageRequest;
import io.numguard.support.rest.Params;
import io.numguard.support.rest.ResourceId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sanctions")
@SecurityRequirement(name = "bearer")
public class SanctionResource {
    @Inject
    SanctionService service;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({"regulator", "police", "carrier"})
    @Operation(summary = "Sanctions (joint punishment), newest first; filter by licensee and by active",
            description = "Keyset paging: `limit` (1-500, default 100) and `cursor` from the "
                    + "`Link: <...>; rel=\"next\"` header, present while there is more.")
    @APIResponse(responseCode = "200", description = "A page of sanctions")
    @APIResponse(responseCode = "400", description = "invalid-parameter (uscc), invalid-value (active is not true or "
            + "false), invalid-page-limit, invalid-cursor (naming the parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Licensees and citizens (forbidden)")
    public Response list(@QueryParam("uscc") String uscc, @QueryParam("active") String active,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        String licensee = Params.text("uscc", uscc, 32);
        return service.list(licensee, Parameters.bool(active, "active"), PageRequest.of(limit, cursor))
                .map(SanctionView::of).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"regulator", "police", "carrier"})
    @Operation(summary = "One sanction")
    @APIResponse(responseCode = "200", description = "The sanction")
    @APIResponse(responseCode = "400", description = "invalid-id: the id in the path is not 1 to 64 letters, "
            + "digits, '-', '_', '.' or ':'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Licensees and citizens (forbidden)")
    @APIResponse(responseCode = "404", description = "No such sanction")
    public SanctionView get(@PathParam("id") ResourceId id) {
        return SanctionView.of(service.get(id.value()));
    }

    @POST
    @RolesAllowed("regulator")
    @Operation(summary = "Impose joint punishment on a licensee (USCC) and its legal representative (hash)",
            description = "Published as sanction.imposed; the registry then refuses new segments to both.")
    @APIResponse(responseCode = "201", description = "Imposed; Location points at the sanction")
    @APIResponse(responseCode = "400", description = "validation-failed, invalid-value (ID number, a JSON number "
            + "where a string is expected), reason-required (field reason), uscc-wrong-length, "
            + "uscc-illegal-character, uscc-wrong-check-character")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator (forbidden), or outside-province")
    @APIResponse(responseCode = "409", description = "case-of-another-licensee: caseId names a case of another "
            + "licensee (or of a segment whose holder is not known)")
    @APIResponse(responseCode = "422", description = "unknown-case: caseId names no case")
    public Response impose(@Valid @NotNull ImposeSanctionRequest request, @Context UriInfo uri) {
        // the registry's own check (shared value type): a sanction it would dead-letter is never stored here
        String uscc = Identifiers.uscc(request.uscc(), "uscc").value();
        Sanction s = service.impose(Actors.of(caller), uscc, request.legalRepresentativeHash(),
                request.legalRepresentativeIdNumber(), request.reason(), request.caseId());
        return Response.created(uri.getAbsolutePathBuilder().path(s.sanctionId()).build())
                .entity(SanctionView.of(s)).build();
    }

    @POST
    @Path("{id}/lift")
    @RolesAllowed("regulator")
    @Operation(summary = "Lift a sanction, with a reason; published as sanction.lifted")
    @APIResponse(responseCode = "200", description = "Lifted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator (forbidden), or outside-province")
    @APIResponse(responseCode = "404", description = "No such sanction")
    @APIResponse(responseCode = "409", description = "sanction-already-lifted")
    @APIResponse(responseCode = "400", description = "reason-required (field reason), or invalid-id (the path id)")
    public SanctionView lift(@PathParam("id") ResourceId id, @Valid @NotNull LiftSanctionRequest request) {
        return SanctionView.of(service.lift(Actors.of(caller), id.value(), request.reason()));
    }
}
