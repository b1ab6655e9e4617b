package io.numguard.registry.opendata.rest;

import io.numguard.registry.opendata.BarredSegments;
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
 * Open data, no token: every revoked, suspended or quarantined segment, for call-blocking apps, carriers and anyone
 * who mirrors it. Served from memory (non-blocking); all the HTTP work is the shared {@link OpenFeedResponder}.
 */
@Path("/open/v1/segments")
@PermitAll
@Tag(name = "open data")
@SecurityRequirementsSet // no token: overrides the document's default bearer requirement
public class OpenSegmentResource {
    private static final String PATH = "/open/v1/segments/barred";

    @Inject
    OpenFeedResponder responder;
    @Context
    HttpHeaders headers;
    @Context
    HttpServerRequest request;

    @GET
    @Path("barred")
    @NonBlocking
    @Produces({"application/json", "text/csv"})
    @Operation(summary = "Barred segments (open data)", description = "Every revoked, suspended or quarantined 95 "
            + "segment: code, status (REVOKED, SUSPENDED, QUARANTINED), since, licenseeUscc, licenseeName, province. "
            + "JSON or CSV (UTF-8, header row) by Accept, or use barred.json / barred.csv. With since=<cursor> "
            + "only what changed after that cursor, removals included (a reinstated or released segment); the cursor "
            + "to use next is the response's Numguard-Feed-Cursor header and JSON \"cursor\". Strong ETag, "
            + "Last-Modified, Cache-Control public; gzip on Accept-Encoding. No token; rate-limited per address.")
    @APIResponse(responseCode = "200", description = "The feed, or the delta after since",
            headers = {@Header(name = "ETag"), @Header(name = "Last-Modified"), @Header(name = "Cache-Control"),
                    @Header(name = OpenFeedResponder.CURSOR_HEADER, description = "cursor for the next ?since=")})
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match / If-Modified-Since")
    @APIResponse(responseCode = "400", description = "invalid-parameter: since is not a cursor (digits)")
    @APIResponse(responseCode = "406", description = "not-acceptable: Accept allows neither JSON nor CSV")
    @APIResponse(responseCode = "429", description = "rate-limited: too many requests from this address; see "
            + "Retry-After", headers = @Header(name = "Retry-After"))
    public Response barred(@Parameter(description = "a cursor from an earlier response: only later changes")
                           @QueryParam("since") String since) {
        return responder.respond(BarredSegments.FEED, PATH, "", since, headers, request);
    }

    @GET
    @Path("barred.csv")
    @NonBlocking
    @Produces("text/csv")
    @Operation(summary = "Barred segments as CSV (open data)", description = "As /open/v1/segments/barred, CSV; a "
            + "delta has a first column change = upsert | remove.")
    @APIResponse(responseCode = "200", description = "The feed, or the delta after since")
    @APIResponse(responseCode = "304", description = "Unchanged")
    @APIResponse(responseCode = "400", description = "invalid-parameter: since")
    @APIResponse(responseCode = "429", description = "rate-limited, see Retry-After")
    public Response barredCsv(@QueryParam("since") String since) {
        return responder.respond(BarredSegments.FEED, PATH, ".csv", since, headers, request);
    }

    @GET
    @Path("barred.json")
    @NonBlocking
    @Produces("application/json")
    @Operation(summary = "Barred segments as JSON (open data)", description = "As /open/v1/segments/barred, JSON: "
            + "{feed, cursor, count, rows}; a delta is {feed, since, cursor, changed, removed}.")
    @APIResponse(responseCode = "200", description = "The feed, or the delta after since")
    @APIResponse(responseCode = "304", description = "Unchanged")
    @APIResponse(responseCode = "400", description = "invalid-parameter: since")
    @APIResponse(responseCode = "429", description = "rate-limited, see Retry-After")
    public Response barredJson(@QueryParam("since") String since) {
        return responder.respond(BarredSegments.FEED, PATH, ".json", since, headers, request);
    }
}
