package io.numguard.registry.segment.rest;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.common.CallerActor;
import io.numguard.registry.common.Problems;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Segment;
import io.numguard.registry.segment.SegmentReadScope;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.registry.segment.service.AllocateSegment;
import io.numguard.registry.segment.service.SegmentService;
import io.numguard.registry.subnumber.EndClient;
import io.numguard.registry.subnumber.service.SubNumberService;
import io.numguard.support.problem.Identifiers;
import io.numguard.support.problem.Parameters;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "segments")
public class SegmentResource {
    @Inject
    SegmentService segments;
    @Inject
    SubNumberService subNumbers;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed("regulator")
    @Operation(summary = "Allocate a segment", description = "Regulator, within the licensee's province (CN "
            + "everywhere). Valid 5 years; inbound only unless outboundAuthorised. Each refusal is a named policy "
            + "with its own problem type. Publishes segment.allocated.")
    @APIResponse(responseCode = "201", description = "Allocated")
    @APIResponse(responseCode = "400", description = "Invalid code, USCC or carrier")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside-province")
    @APIResponse(responseCode = "404", description = "No such licensee")
    @APIResponse(responseCode = "422", description = "segment-outside-number-plan, segment-overlaps, licence-invalid, "
            + "licensee-sanctioned, legal-representative-sanctioned")
    public Response allocate(@NotNull @Valid AllocateSegmentRequest body) {
        AllocateSegment cmd = new AllocateSegment(Problems.segmentCode(body.code()),
                Problems.uscc(body.licenseeUscc()), Problems.carriers(body.carriers()),
                Boolean.TRUE.equals(body.outboundAuthorised()));
        Segment s = segments.allocate(cmd, CallerActor.of(caller));
        return Response.created(URI.create("/api/segments/" + s.code().value())).entity(SegmentView.of(s)).build();
    }

    @GET
    @RolesAllowed({"regulator", "police", "carrier", "licensee"})
    @Operation(summary = "List segments", description = "Regulators see their province only (CN everywhere); police "
            + "and carriers see all; a licensee sees its own. Filters: licensee (USCC), status (ALLOCATED, SUSPENDED, "
            + "REVOKED, EXPIRED, QUARANTINED, RELEASED; released rows only when asked for). Newest allocation "
            + "first; keyset paging: `limit` (1-500, default 100) and `cursor` from the `Link: <...>; rel=\"next\"` "
            + "header, present while there is more.")
    @APIResponse(responseCode = "200", description = "A page of segment views")
    @APIResponse(responseCode = "400", description = "Invalid filter, invalid-page-limit, invalid-cursor (naming the "
            + "parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or scope does not allow it")
    public Response list(@QueryParam("licensee") String licensee, @QueryParam("status") String status,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        Uscc licenseeFilter = licensee == null || licensee.isBlank() ? null : Identifiers.uscc(licensee, "licensee");
        SegmentStatus statusFilter = Parameters.oneOf(SegmentStatus.class, status, "status");
        Province province = SegmentReadScope.listedProvince(reader());
        if (caller.hasRole("licensee")) {
            Uscc own = Problems.uscc(caller.requireUscc());
            if (licenseeFilter != null && !licenseeFilter.equals(own)) {
                throw ProblemException.forbidden("other-licensee", "a licensee may list only its own segments");
            }
            licenseeFilter = own;
        }
        return segments.list(licenseeFilter, province, statusFilter, page).map(SegmentView::of).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"regulator", "police", "carrier", "licensee"})
    @Operation(summary = "Read a segment", description = "The live allocation of the code, or else its latest one. "
            + "Regulators within their province, police, carriers; a licensee only its own.")
    @APIResponse(responseCode = "200", description = "The segment")
    @APIResponse(responseCode = "400", description = "Invalid segment code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or scope does not allow it")
    @APIResponse(responseCode = "404", description = "Never allocated")
    public SegmentView get(@PathParam("code") String code) {
        Segment s = segments.get(Problems.segmentCode(code));
        requireReadScope(s);
        return SegmentView.of(s);
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({"regulator", "police"})
    @Operation(summary = "History of a segment", description = "Every change of the live (else latest) allocation "
            + "of the code, oldest first, with who made it and the enforcement order behind it. Regulators within "
            + "their province, police.")
    @APIResponse(responseCode = "200", description = "The segment and its history")
    @APIResponse(responseCode = "400", description = "Invalid segment code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or scope does not allow it")
    @APIResponse(responseCode = "404", description = "Never allocated")
    public SegmentHistoryView history(@PathParam("code") String code) {
        Segment s = segments.get(Problems.segmentCode(code));
        requireReadScope(s);
        return new SegmentHistoryView(SegmentView.of(s), s.history().stream().map(HistoryView::of).toList());
    }

    @POST
    @Path("/{code}/expansion")
    @RolesAllowed("regulator")
    @Operation(summary = "Expand a segment to 8 digits", description = "Regulator, within the segment's province; "
            + "only while ALLOCATED, only once. Publishes segment.expanded.")
    @APIResponse(responseCode = "200", description = "Expanded")
    @APIResponse(responseCode = "400", description = "Invalid segment code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside-province")
    @APIResponse(responseCode = "404", description = "No live allocation of the code")
    @APIResponse(responseCode = "409", description = "segment-already-expanded, segment-transition-not-allowed")
    public SegmentView expand(@PathParam("code") String code) {
        return SegmentView.of(segments.expand(Problems.segmentCode(code), CallerActor.of(caller)));
    }

    @POST
    @Path("/{code}/outbound")
    @RolesAllowed("regulator")
    @Operation(summary = "Grant or withdraw outbound calling", description = "Regulator, within the segment's "
            + "province; only while ALLOCATED. Publishes segment.outbound-changed.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid segment code or body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or outside-province")
    @APIResponse(responseCode = "404", description = "No live allocation of the code")
    @APIResponse(responseCode = "409", description = "outbound-unchanged, segment-transition-not-allowed")
    @APIResponse(responseCode = "422", description = "outbound-barred-by-sanction: the licensee is under sanction")
    public SegmentView changeOutbound(@PathParam("code") String code, @NotNull @Valid OutboundRequest body) {
        return SegmentView.of(segments.changeOutbound(Problems.segmentCode(code), body.outboundAuthorised(),
                CallerActor.of(caller)));
    }

    @POST
    @Path("/{code}/sub-numbers")
    @RolesAllowed("licensee")
    @Operation(summary = "File a sub-number", description = "Real-name filing of an 8-digit number of an expanded "
            + "segment, by the licensee that holds it (uscc claim). Filing a number again is a correction: it "
            + "replaces the current filing, the earlier one stays in the number's history (replacesEarlierFiling, "
            + "replacedFiledAt). Published as segment.sub-number-filed, without the end client.")
    @APIResponse(responseCode = "201", description = "Filed (the number's first filing under this allocation)")
    @APIResponse(responseCode = "200", description = "Corrected: the earlier filing was replaced and kept in history")
    @APIResponse(responseCode = "400", description = "Invalid code, number or end client")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a licensee, or not-segment-holder")
    @APIResponse(responseCode = "404", description = "No live allocation of the code")
    @APIResponse(responseCode = "409", description = "segment-not-expanded, segment-not-held")
    @APIResponse(responseCode = "422", description = "number-outside-segment")
    public Response fileSubNumber(@PathParam("code") String code, @NotNull @Valid FileSubNumberRequest body) {
        Uscc filer = Problems.uscc(caller.requireUscc());
        SegmentCode segmentCode = Problems.segmentCode(code);
        EndClient endClient = Problems.value(() -> new EndClient(body.endClient().name(),
                body.endClient().uscc() == null || body.endClient().uscc().isBlank() ? null
                        : Problems.uscc(body.endClient().uscc()), body.endClient().purpose()), "endClient");
        SubNumberService.Filed filed = subNumbers.file(segmentCode, Problems.number(body.number()), endClient, filer,
                caller.userId());
        SubNumberFilingView view = SubNumberFilingView.of(filed.filing(), filed.replaced().orElse(null));
        return filed.replaced().isPresent() ? Response.ok(view).build()
                : Response.created(URI.create("/api/numbers/" + filed.filing().number().digits())).entity(view).build();
    }

    private void requireReadScope(Segment s) {
        SegmentReadScope.refusalToRead(reader(), s).ifPresent(refusal -> {
            throw ProblemException.forbidden(refusal.slug(), switch (refusal) {
                case OUTSIDE_PROVINCE -> "segment " + s.code() + " belongs to province " + s.province()
                        + ", outside your province";
                case OTHER_LICENSEE -> "a licensee may read only its own segments";
            });
        });
    }

    private SegmentReadScope.Reader reader() {
        return new SegmentReadScope.Reader(
                caller.hasRole("regulator") ? CallerActor.of(caller).province() : null,
                caller.hasRole("licensee") ? caller.requireUscc() : null);
    }
}
