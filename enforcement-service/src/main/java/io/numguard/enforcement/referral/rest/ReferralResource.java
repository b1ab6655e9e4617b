package io.numguard.enforcement.referral.rest;

import io.numguard.enforcement.common.service.Actors;
import io.numguard.enforcement.referral.Referral;
import io.numguard.enforcement.referral.ReferralSubmission;
import io.numguard.enforcement.referral.service.ReferralService;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
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
    @Operation(summary = "The referrals of the caller's agency (agency claim of the token), newest first, each with "
            + "its cases' state and orders")
    @APIResponse(responseCode = "200", description = "The referrals (at most limit)")
    @APIResponse(responseCode = "400", description = "invalid-value: limit outside 1..200")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not police (forbidden), or missing-scope-claim (no agency)")
    public List<ReferralView> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new ProblemException(400, "invalid-value", "Invalid value",
                    "limit must be 1..200, got " + limit).with("field", "limit");
        }
        return service.ofAgency(Actors.of(caller), limit).stream()
                .map(d -> ReferralView.of(d.referral(), d.cases())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A referral and what was decided on its cases; only for the referring agency")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not police (forbidden), or not-the-referring-agency")
    @APIResponse(responseCode = "404", description = "No such referral")
    public ReferralView get(@PathParam("id") String id) {
        ReferralService.ReferralDetails d = service.get(Actors.of(caller), id);
        return ReferralView.of(d.referral(), d.cases());
    }
}
