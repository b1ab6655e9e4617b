package io.numguard.enforcement.cases.rest;

import io.numguard.enforcement.cases.CaseChange;
import io.numguard.enforcement.cases.CaseCommand;
import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.service.Actors;
import io.numguard.enforcement.sanction.Sanction;
import io.numguard.support.paging.PageRequest;
import io.numguard.support.problem.Parameters;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@SecurityRequirement(name = "bearer")
@RolesAllowed("regulator")
public class CaseResource {
    @Inject
    CaseService service;
    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Open a case by hand on a licensee (USCC) or a segment (code)",
            description = "The case's province is the licensee's or segment's, as learned from registry events; "
                    + "a subject not known yet belongs to the ministry (CN).")
    @APIResponse(responseCode = "201", description = "Opened; Location points at the case")
    @APIResponse(responseCode = "400", description = "Invalid subject (validation-failed, invalid-value), "
            + "or no reason (reason-required, field reason)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator (forbidden), or outside-province")
    @APIResponse(responseCode = "409", description = "case-already-open: the subject has an open case")
    public Response open(@Valid @NotNull OpenCaseRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        CaseSubject subject;
        try {
            subject = new CaseSubject(request.subjectKind(), request.subject());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "invalid-value", "Invalid value", e.getMessage()).with("field", "subject");
        }
        Actor actor = Actors.of(caller);
        EnforcementCase c = service.openByHand(actor, subject, request.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id()).build())
                .entity(CaseView.of(c, actor, List.of(), List.of())).build();
    }

    @GET
    @Operation(summary = "Cases of the caller's province (every province for the ministry), newest first",
            description = "Keyset paging: `limit` (1-500, default 100) and `cursor` from the "
                    + "`Link: <...>; rel=\"next\"` header, present while there is more.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Unknown state (invalid-value), invalid-page-limit, "
            + "invalid-cursor (naming the parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    public Response list(@QueryParam("state") String state, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @jakarta.ws.rs.core.Context UriInfo uri) {
        CaseState filter = Parameters.oneOf(CaseState.class, state, "state");
        PageRequest page = PageRequest.of(limit, cursor);
        Actor actor = Actors.of(caller);
        return service.list(actor, filter, page).map(c -> CaseView.of(c, actor, null, null)).toResponse(uri);
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many cases of the caller's province (every province for the ministry) are in each state",
            description = "Every state is listed, with 0 when it has no case: {\"OPEN\":3,\"INVESTIGATING\":1,...}.")
    @APIResponse(responseCode = "200", description = "Counts by state")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside-province (no province claim)")
    public java.util.Map<CaseState, Long> counts() {
        return service.countsByState(Actors.of(caller));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with its triggers, escalations, orders and the actions the caller may take")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "400", description = "invalid-id: the id in the path is not 1 to 64 letters, "
            + "digits, '-', '_', '.' or ':'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside-province")
    @APIResponse(responseCode = "404", description = "No such case")
    public CaseView get(@PathParam("id") ResourceId id) {
        Actor actor = Actors.of(caller);
        CaseService.CaseDetails d = service.get(actor, id.value());
        return CaseView.of(d.enforcementCase(), actor, d.orders(), null);
    }

    @POST
    @Path("{id}/actions")
    @io.quarkus.security.Authenticated // the role refusal is the domain's, with type role-not-allowed
    @Operation(summary = "Take one workflow action on a case",
            description = "Refused with the problem type saying why: role-not-allowed, outside-province, "
                    + "action-not-allowed-in-state, reason-required (every action needs a reason), case-has-no-segment, four-eyes. "
                    + "Approving a suspension, revocation or reinstatement issues one order per segment "
                    + "(published as order.*); approving a revocation for fraud also imposes joint punishment.")
    @APIResponse(responseCode = "200", description = "The case after the action, with the orders it issued")
    @APIResponse(responseCode = "400", description = "Unknown action (invalid-value), or no reason "
            + "(reason-required, field reason): every action needs one, or invalid-id (the path id)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-province, or four-eyes")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "action-not-allowed-in-state, case-has-no-segment")
    public CaseView act(@PathParam("id") ResourceId id, @Valid @NotNull CaseActionRequest request) {
        Actor actor = Actors.of(caller);
        CaseChange change = service.act(actor, id.value(), new CaseCommand(request.action(), request.reason(),
                Boolean.TRUE.equals(request.fraud())));
        return CaseView.of(change.caseAfter(), actor, change.orders(),
                change.sanctions().stream().map(Sanction::sanctionId).toList());
    }
}
