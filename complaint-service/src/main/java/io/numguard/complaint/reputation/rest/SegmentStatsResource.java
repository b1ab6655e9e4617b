package io.numguard.complaint.reputation.rest;

import io.numguard.complaint.reputation.service.SegmentStatsService;
import io.numguard.complaint.reputation.SegmentStats;
import io.numguard.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/stats/segments")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentStatsResource {
    @Inject
    SegmentStatsService stats;

    @GET
    @RolesAllowed("regulator")
    @Operation(summary = "The most complained segments",
            description = "Complaints over 24 h, 7 d and 30 d, the weighted 30-day count (police referrals weigh "
                    + "most), distinct complainants and the current label; most complained (weighted) first. "
                    + "Nationwide for every regulator: complaints are about numbers, not licensees.")
    @APIResponse(responseCode = "200", description = "up to top segments; [] when nothing was reported")
    @APIResponse(responseCode = "400", description = "top outside 1..100", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not a regulator")
    public List<SegmentStats> top(@QueryParam("top") @DefaultValue("10") @Min(1) @Max(100) int top) {
        return stats.top(top);
    }
}
