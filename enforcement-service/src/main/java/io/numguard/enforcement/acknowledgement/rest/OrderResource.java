package io.numguard.enforcement.acknowledgement.rest;

import io.numguard.enforcement.acknowledgement.Owed;
import io.numguard.enforcement.acknowledgement.AcknowledgementResult;
import io.numguard.enforcement.acknowledgement.service.AcknowledgementService;
import io.numguard.enforcement.common.service.Actors;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
import io.numguard.support.rest.ResourceId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders")
@SecurityRequirement(name = "bearer")
public class OrderResource {
    @Inject
    AcknowledgementService service;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({"regulator", "carrier"})
    @Operation(summary = "Orders carried out that carriers owe an acknowledgement of, overdue first, then by deadline",
            description = "A carrier sees the orders its own carrier owes (carrier_id of the token); a regulator those "
                    + "of its province, the ministry (CN) all. state=pending (default): not acknowledged yet (by the "
                    + "caller's carrier; for a regulator, by any carrier of the order); overdue: that, past the "
                    + "deadline; all. Each order carries dueBy and every carrier's acknowledgement with its deadline.")
    @APIResponse(responseCode = "200", description = "The orders (at most limit)")
    @APIResponse(responseCode = "400", description = "invalid-value: state not one of pending, overdue, all, or limit "
            + "outside 1..500 (the problem names the parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither regulator nor carrier (forbidden), or "
            + "missing-scope-claim")
    public List<OrderView> list(@QueryParam("state") @DefaultValue("pending") String state,
                                @QueryParam("limit") @DefaultValue("100") int limit) {
        Owed owed = switch (state.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "pending" -> Owed.PENDING;
            case "overdue" -> Owed.OVERDUE;
            case "all" -> Owed.ALL;
            default -> throw new ProblemException(400, "invalid-value", "Invalid value", "'" + state
                    + "' is not a state of orders; one of pending, overdue, all").with("field", "state")
                    .with("accepted", List.of("pending", "overdue", "all"));
        };
        if (limit < 1 || limit > 500) {
            throw new ProblemException(400, "invalid-value", "Invalid value", "limit must be 1..500, got " + limit)
                    .with("field", "limit");
        }
        return service.owed(Actors.of(caller), owed, limit).stream().map(OrderView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"regulator", "carrier"})
    @Operation(summary = "An order and its carriers' acknowledgements",
            description = "Regulators of the case's province (or the ministry); carriers of the segment.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "invalid-id: the id in the path is not 1 to 64 letters, "
            + "digits, '-', '_', '.' or ':'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Other role (forbidden), outside-province, "
            + "not-a-carrier-of-this-order")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderView get(@PathParam("id") ResourceId id) {
        return OrderView.of(service.get(Actors.of(caller), id.value()));
    }

    @POST
    @Path("{id}/acknowledgements")
    @RolesAllowed("carrier")
    @Operation(summary = "Acknowledge that the caller's carrier (carrier_id of the token) blocked the segment",
            description = "Idempotent: a repeat returns the first acknowledgement with 200 and changes nothing.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already acknowledged; the first acknowledgement")
    @APIResponse(responseCode = "400", description = "invalid-id: the id in the path is not 1 to 64 letters, "
            + "digits, '-', '_', '.' or ':'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a carrier (forbidden), or not-a-carrier-of-this-order")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "acknowledgement-not-owed-yet: the registry has not carried "
            + "the order out")
    public Response acknowledge(@PathParam("id") ResourceId id) {
        AcknowledgementResult result = service.acknowledge(Actors.of(caller), id.value());
        var a = result.acknowledgement();
        var body = OrderView.AcknowledgementView.of(a, result.acknowledgementsAfter().dueBy());
        return Response.status(result.recordedNow() ? 201 : 200).entity(body).build();
    }
}
