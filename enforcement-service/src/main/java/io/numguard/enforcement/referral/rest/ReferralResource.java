package io.numguard.enforcement.referral.rest;

import io.numguard.enforcement.common.service.Actors;
import io.numguard.enforcement.referral.Referral;
import io.numguard.enforcement.referral.ReferralSubmission;
import io.numguard.enforcement.referral.service.ReferralService;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
import io.numguard.support.rest.ResourceId;
import io.numguard.support.paging.PageRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "referrals")
@SecurityRequirement(name = "bearer")
@RolesAllowed("police")
public class ReferralResource {
    @Inject
    ReferralService service;
    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Refer a police case: each suspect number's segment gets its case opened or joined",
            description = "Publishes referral.received per case (and one for numbers no known segment holds).")
    @APIResponse(responseCode = "201", description = "Received; Location points at the referral")
    @APIResponse(responseCode = "400", description = "validation-failed, invalid-input (e.g. not a 95 number)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not police (forbidden), or role-not-allowed (no agency claim)")
    public Response submit(@Valid @NotNull SubmitReferralRequest request, @Context UriInfo uri) {
        Referral r = service.receive(Actors.of(caller), new ReferralSubmission(request.policeCaseNumber(),
                request.lossYuan(), request.suspectNumbers(), request.summary()));
        return Response.created(uri.getAbsolutePathBuilder().path(r.referralId()).build())
                .entity(ReferralView.of(r, null)).build();
    }

    @GET
    @RolesAllowed({"police", "regulator"})
    @Operation(summary = "Referrals, newest first, a page at a time, each with its cases' state and orders",
            description = "Police: their agency's; a regulator: those that joined a case of its province (CN: all). "
                    + "Keyset paging: `limit` (1-500, default 100) and `cursor` from the `Link: <...>; rel=\"next\"` "
                    + "header, present while there is more.")
    @APIResponse(responseCode = "200", description = "A page of referrals, with what was decided on their cases")
    @APIResponse(responseCode = "400", description = "invalid-page-limit, invalid-cursor (naming the parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither police nor a regulator (forbidden), or no agency / "
            + "province claim")
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return service.list(Actors.of(caller), PageRequest.of(limit, cursor))
                .map(d -> ReferralView.of(d.referral(), d.cases())).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A referral and what was decided on its cases; only for the referring agency")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "400", description = "invalid-id: the id in the path is not 1 to 64 letters, "
            + "digits, '-', '_', '.' or ':'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not police (forbidden), or not-the-referring-agency")
    @APIResponse(responseCode = "404", description = "No such referral")
    public ReferralView get(@PathParam("id") ResourceId id) {
        ReferralService.ReferralDetails d = service.get(Actors.of(caller), id.value());
        return ReferralView.of(d.referral(), d.cases());
    }
}
