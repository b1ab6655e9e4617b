package io.numguard.complaint.robocall.rest;

import io.numguard.complaint.robocall.CallStatsRow;
import io.numguard.complaint.robocall.service.CallStatsService;
import io.numguard.support.problem.Problem;
import io.numguard.support.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Path("/api/call-stats")
@Tag(name = "call statistics")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CallStatsResource {
    @Inject
    CallStatsService callStats;
    @Inject
    Caller caller;

    /** Calls a 95 number made in one clock hour, as the carrier counted them. */
    public record CallStatsEntry(String number, Instant hour, Long attempted, Long answered,
                                 Double meanDurationSeconds) {
    }

    public record CallStatsRequest(@NotNull List<CallStatsEntry> stats) {
    }

    public record RowResult(int row, String number, String status, String reason, String detail) {
    }

    public record CallStatsResponse(int accepted, int rejected, int robocallSignals, List<RowResult> rows) {
    }

    @POST
    @RolesAllowed("carrier")
    @Operation(summary = "Submit call statistics per number per hour",
            description = "Up to 10,000 rows, each accepted or rejected on its own. The carrier is the one in the "
                    + "token; a resent hour replaces that carrier's figures. Robot-like dialling raises "
                    + "signal.robocall-suspected.")
    @APIResponse(responseCode = "200", description = "every row's outcome, in input order")
    @APIResponse(responseCode = "400", description = "no stats array", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not a carrier, or no carrier_id claim")
    @APIResponse(responseCode = "413", description = "batch-too-large", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CallStatsResponse submit(@Valid @NotNull CallStatsRequest request) {
        String carrierId = caller.requireCarrierId();
        List<CallStatsRow> rows = new ArrayList<>(request.stats().size());
        for (CallStatsEntry e : request.stats()) {
            rows.add(e == null ? null : new CallStatsRow(e.number(), e.hour(), e.attempted(), e.answered(),
                    e.meanDurationSeconds()));
        }
        CallStatsService.Submission s = callStats.submit(carrierId, rows);
        List<RowResult> results = new ArrayList<>(s.rows().size());
        int accepted = 0;
        for (CallStatsService.RowOutcome o : s.rows()) {
            accepted += o.accepted() ? 1 : 0;
            results.add(new RowResult(o.row(), o.number(), o.accepted() ? "ACCEPTED" : "REJECTED", o.reason(),
                    o.detail()));
        }
        return new CallStatsResponse(accepted, results.size() - accepted, s.signals(), results);
    }
}
