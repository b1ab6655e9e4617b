package io.numguard.registry.licensee.rest;

import io.numguard.registry.common.Actor;
import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.common.CallerActor;
import io.numguard.registry.common.Problems;
import io.numguard.registry.licensee.CallCentreLicence;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.service.ChangeControl;
import io.numguard.registry.licensee.service.ControlChangeOutcome;
import io.numguard.registry.licensee.service.LicenseeService;
import io.numguard.registry.licensee.service.RegisterLicensee;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Set;

@Path("/api/licensees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "licensees")
public class LicenseeResource {
    @Inject
    LicenseeService service;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed("regulator")
    @Operation(summary = "Register a licensee", description = "Regulator, within its province (CN everywhere). "
            + "The USCC is checked with its GB 32100-2015 check character; the legal representative's ID number is "
            + "kept only as a salted hash. Publishes licensee.registered.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid body, USCC (uscc-wrong-check-character, ...) or value")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or the province is outside its scope")
    @APIResponse(responseCode = "409", description = "The USCC is already registered")
    public Response register(@NotNull @Valid RegisterLicenseeRequest body) {
        RegisterLicensee cmd = new RegisterLicensee(Problems.uscc(body.uscc()), body.name(),
                Problems.province(body.province(), "province"), body.legalRepresentative().name(),
                body.legalRepresentative().idNumber(),
                Problems.value(() -> new CallCentreLicence(body.licence().number(), body.licence().validFrom(),
                        body.licence().validUntil()), "licence"),
                body.controllingShareholders() == null ? List.of() : body.controllingShareholders());
        Licensee l = service.register(cmd, CallerActor.of(caller));
        return Response.created(URI.create("/api/licensees/" + l.uscc().value())).entity(LicenseeView.of(l, service.sanctioned(l.uscc()))).build();
    }

    @GET
    @RolesAllowed("regulator")
    @Operation(summary = "List licensees", description = "Regulators: those registered in their province (CN: all). "
            + "Newest registration first; keyset paging: `limit` (1-500, default 100) and `cursor` from the "
            + "`Link: <...>; rel=\"next\"` header, present while there is more. A sanctioned licensee shows status "
            + "SANCTIONED.")
    @APIResponse(responseCode = "200", description = "A page of licensees")
    @APIResponse(responseCode = "400", description = "invalid-page-limit, invalid-cursor (naming the parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        Actor actor = CallerActor.of(caller);
        Page<Licensee> licensees = service.list(actor.province().isNational() ? null : actor.province(), page);
        Set<Uscc> sanctioned = service.sanctioned(licensees.items().stream().map(Licensee::uscc).toList());
        return licensees.map(l -> LicenseeView.of(l, sanctioned.contains(l.uscc()))).toResponse(uri);
    }

    @GET
    @Path("/{uscc}")
    @RolesAllowed({"regulator", "police", "carrier", "licensee"})
    @Operation(summary = "Read a licensee", description = "Regulators within their province (CN everywhere), police, "
            + "carriers; a licensee only itself. Status SANCTIONED while a sanction names it.")
    @APIResponse(responseCode = "200", description = "The licensee")
    @APIResponse(responseCode = "400", description = "Not a valid USCC")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or scope does not allow it")
    @APIResponse(responseCode = "404", description = "No such licensee")
    public LicenseeView get(@PathParam("uscc") String uscc) {
        Uscc id = Problems.uscc(uscc);
        if (caller.hasRole("licensee") && !caller.requireUscc().equalsIgnoreCase(id.value())) {
            throw ProblemException.forbidden("other-licensee", "a licensee may read only its own record");
        }
        Licensee l = service.get(id);
        if (caller.hasRole("regulator") && !CallerActor.of(caller).covers(l.province())) {
            throw ProblemException.forbidden("outside-province", "licensee " + id + " is registered in "
                    + l.province() + ", outside your province");
        }
        return LicenseeView.of(l, service.sanctioned(id));
    }

    @POST
    @Path("/{uscc}/control-changes")
    @RolesAllowed("regulator")
    @Operation(summary = "Record a change of control", description = "Regulator, within the licensee's province. "
            + "A new legal representative and/or controlling shareholders. Publishes licensee.control-changed, "
            + "flagged as suspected resale within 12 months of any allocation to the licensee.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid body or USCC")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside its province")
    @APIResponse(responseCode = "404", description = "No such licensee")
    @APIResponse(responseCode = "409", description = "Nothing changed (control-unchanged)")
    public ControlChangeResponse changeControl(@PathParam("uscc") String uscc,
                                               @NotNull @Valid ControlChangeRequest body) {
        ChangeControl cmd = new ChangeControl(
                body.legalRepresentative() == null ? null : body.legalRepresentative().name(),
                body.legalRepresentative() == null ? null : body.legalRepresentative().idNumber(),
                body.controllingShareholders());
        ControlChangeOutcome outcome = service.changeControl(Problems.uscc(uscc), cmd, CallerActor.of(caller));
        return new ControlChangeResponse(outcome.recorded().stream().anyMatch(c -> c.suspectedResale()),
                LicenseeView.changes(outcome.recorded()), LicenseeView.of(outcome.licensee(),
                        service.sanctioned(outcome.licensee().uscc())));
    }
}
