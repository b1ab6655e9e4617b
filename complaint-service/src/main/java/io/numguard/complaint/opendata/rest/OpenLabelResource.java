package io.numguard.complaint.opendata.rest;

import io.numguard.complaint.opendata.SegmentLabels;
import io.numguard.support.opendata.OpenFeedResponder;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open data, no token: the current reputation label of every labelled segment. Served from memory (non-blocking);
 * all the HTTP work is the shared {@link OpenFeedResponder}.
 */
@Path("/open/v1/labels")
@PermitAll
@Tag(name = "open data")
@SecurityRequirementsSet // no token: overrides the document's default bearer requirement
public class OpenLabelResource {
    private static final String PATH = "/open/v1/labels/segments";

    @Inject
    OpenFeedResponder responder;
    @Context
    HttpHeaders headers;
    @Context
    HttpServerRequest request;

    @GET
    @Path("segments")
    @NonBlocking
    @Produces({"application/json", "text/csv"})
    @Operation(summary = "Segment labels (open data)", description = "The current reputation label of every "
            + "labelled 95 segment: code, label (MARKETING, HARASSMENT, SUSPECTED_FRAUD, FRAUD), since. No scores, "
            + "no numbers, nothing about complainants. JSON or CSV (UTF-8, header row) by Accept, or use "
            + "segments.json / segments.csv. With since=<cursor> only what changed after it, removals included (a "
            + "label cleared); the next cursor is the Numguard-Feed-Cursor header and JSON \"cursor\". Strong "
            + "ETag, Last-Modified, Cache-Control public; gzip on Accept-Encoding. No token; rate-limited per address.")
    @APIResponse(responseCode = "200", description = "The feed, or the delta after since",
            headers = {@Header(name = "ETag"), @Header(name = "Last-Modified"), @Header(name = "Cache-Control"),
                    @Header(name = OpenFeedResponder.CURSOR_HEADER, description = "cursor for the next ?since=")})
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match / If-Modified-Since")
    @APIResponse(responseCode = "400", description = "invalid-parameter: since is not a cursor (digits)")
    @APIResponse(responseCode = "406", description = "not-acceptable: Accept allows neither JSON nor CSV")
    @APIResponse(responseCode = "429", description = "rate-limited: too many requests from this address; see "
            + "Retry-After", headers = @Header(name = "Retry-After"))
    public Response segments(@Parameter(description = "a cursor from an earlier response: only later changes")
                             @QueryParam("since") String since) {
        return responder.respond(SegmentLabels.FEED, PATH, "", since, headers, request);
    }

    @GET
    @Path("segments.csv")
    @NonBlocking
    @Produces("text/csv")
    @Operation(summary = "Segment labels as CSV (open data)", description = "As /open/v1/labels/segments, CSV; a "
            + "delta has a first column change = upsert | remove.")
    @APIResponse(responseCode = "200", description = "The feed, or the delta after since")
    @APIResponse(responseCode = "304", description = "Unchanged")
    @APIResponse(responseCode = "400", description = "invalid-parameter: since")
    @APIResponse(responseCode = "429", description = "rate-limited, see Retry-After")
    public Response segmentsCsv(@QueryParam("since") String since) {
        return responder.respond(SegmentLabels.FEED, PATH, ".csv", since, headers, request);
    }

    @GET
    @Path("segments.json")
    @NonBlocking
    @Produces("application/json")
    @Operation(summary = "Segment labels as JSON (open data)", description = "As /open/v1/labels/segments, JSON: "
            + "{feed, cursor, count, rows}; a delta is {feed, since, cursor, changed, removed}.")
    @APIResponse(responseCode = "200", description = "The feed, or the delta after since")
    @APIResponse(responseCode = "304", description = "Unchanged")
    @APIResponse(responseCode = "400", description = "invalid-parameter: since")
    @APIResponse(responseCode = "429", description = "rate-limited, see Retry-After")
    public Response segmentsJson(@QueryParam("since") String since) {
        return responder.respond(SegmentLabels.FEED, PATH, ".json", since, headers, request);
    }
}
