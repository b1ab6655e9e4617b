package io.numguard.complaint.intake.rest;

import io.numguard.complaint.intake.CarrierMarkRow;
import io.numguard.complaint.intake.service.ComplaintService;
import io.numguard.support.problem.Problem;
import io.numguard.support.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

@Path("/api/complaints")
@Tag(name = "complaints")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    /** Per-batch phase timings at DEBUG (see numguard.phase-log-level). */
    private static final Logger PHASES = Logger.getLogger("io.numguard.complaint.phases");

    @Inject
    ComplaintService complaints;
    @Inject
    Caller caller;
    @Inject
    JsonWebToken token;

    /** The complaint categories as the API documents them (ComplaintCategory.NAMES, which the refusal lists). */
    static final String CATEGORY = "what the call was (case-insensitive): MARKETING, HARASSMENT, FRAUD, ROBOCALL or "
            + "OTHER; anything else is 400 unknown-category listing these";

    /** A citizen's complaint about a call from a 95 number. */
    public record ComplaintRequest(
            @NotBlank @Size(max = 40) String number,
            @Schema(description = CATEGORY, enumeration = {"MARKETING", "HARASSMENT", "FRAUD", "ROBOCALL", "OTHER"})
            @NotBlank @Size(max = 20) String category,
            Instant calledAt,
            @Size(max = 4000) String text,
            @Size(max = 200) String claimedIdentity,
            @Schema(description = "the complainant's own phone number, optional; only its keyed hash is stored")
            @Size(max = 40) String complainantPhone) {
    }

    public record ComplaintResponse(long id, String number, String segmentCode, String category,
                                    Instant receivedAt, boolean counted) {
    }

    /** One mark of a carrier's batch, as received; rows are validated one by one. */
    public record MarkRequest(String number,
                              @Schema(description = CATEGORY,
                                      enumeration = {"MARKETING", "HARASSMENT", "FRAUD", "ROBOCALL", "OTHER"})
                              String category, String markedAt, String markerPhone) {
    }

    public record MarksRequest(@NotNull @Schema(description = "up to 10,000 marks") List<MarkRequest> marks) {
    }

    public record MarkResult(int row, String number, String status, Boolean counted, String reason,
                             String detail) {
    }

    public record MarksResponse(int accepted, int rejected, int counted, List<MarkResult> rows) {
    }

    @POST
    @RolesAllowed("citizen")
    @Operation(summary = "Report a call from a 95 number",
            description = "The complainant is the caller's login; the same citizen about the same number counts "
                    + "once per day (the complaint is still stored). Citizens are rate-limited.")
    @APIResponse(responseCode = "201", description = "stored and counted")
    @APIResponse(responseCode = "200", description = "stored, not counted again today (\"counted\": false)")
    @APIResponse(responseCode = "400", description = "invalid-number, unknown-category, validation-failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not a citizen")
    @APIResponse(responseCode = "422", description = "time-in-future, invalid-complainant",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "rate-limited; see the Retry-After header",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response complain(@Valid @NotNull ComplaintRequest request) {
        String identity = token.getSubject() != null ? token.getSubject() : caller.userId();
        ComplaintService.CitizenReceipt r = complaints.submitCitizen(identity, new ComplaintService.CitizenComplaint(
                request.number(), request.category(), request.calledAt(), request.text(),
                request.claimedIdentity(), request.complainantPhone()));
        return Response.status(r.counted() ? 201 : 200).entity(new ComplaintResponse(r.id(), r.number(),
                r.segmentCode(), r.category(), r.receivedAt(), r.counted())).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed("carrier")
    @Operation(summary = "Submit a carrier's batch of subscriber marks",
            description = "Up to 10,000 marks. Each row is accepted or rejected on its own, with a reason; the "
                    + "accepted rows are stored together. The carrier is the one in the token.")
    @APIResponse(responseCode = "200", description = "every row's outcome, in input order")
    @APIResponse(responseCode = "400", description = "no marks array", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not a carrier, or no carrier_id claim")
    @APIResponse(responseCode = "413", description = "batch-too-large", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MarksResponse marks(@Valid @NotNull MarksRequest request) {
        String carrierId = caller.requireCarrierId();
        List<CarrierMarkRow> rows = new ArrayList<>(request.marks().size());
        List<Integer> badTimes = new ArrayList<>();
        for (int i = 0; i < request.marks().size(); i++) {
            MarkRequest m = request.marks().get(i);
            if (m == null) {
                rows.add(null);
                continue;
            }
            Instant at = null;
            if (m.markedAt() != null) {
                try {
                    at = Instant.parse(m.markedAt());
                } catch (DateTimeParseException e) {
                    badTimes.add(i);
                }
            }
            rows.add(new CarrierMarkRow(m.number(), m.category(), at, m.markerPhone()));
        }
        // a row whose time cannot be read must not be stored: blank it so that it is rejected, then say why
        for (int i : badTimes) {
            rows.set(i, new CarrierMarkRow(rows.get(i).number(), rows.get(i).category(), null, null));
        }
        long t0 = System.nanoTime();
        List<ComplaintService.MarkOutcome> outcomes = complaints.submitMarks(carrierId, rows);
        if (PHASES.isDebugEnabled()) {
            PHASES.debugf("%d marks: transaction %d ms", rows.size(), (System.nanoTime() - t0) / 1_000_000);
        }
        List<MarkResult> results = new ArrayList<>(outcomes.size());
        int accepted = 0;
        int counted = 0;
        for (ComplaintService.MarkOutcome o : outcomes) {
            if (o.accepted()) {
                accepted++;
                counted += o.counted() ? 1 : 0;
                results.add(new MarkResult(o.row(), o.number(), "ACCEPTED", o.counted(), null, null));
            } else if (badTimes.contains(o.row()) && "missing-time".equals(o.reason())) {
                results.add(new MarkResult(o.row(), o.number(), "REJECTED", null, "invalid-time",
                        "markedAt is not an ISO-8601 instant: " + request.marks().get(o.row()).markedAt()));
            } else {
                results.add(new MarkResult(o.row(), o.number(), "REJECTED", null, o.reason(), o.detail()));
            }
        }
        return new MarksResponse(accepted, outcomes.size() - accepted, counted, results);
    }
}
