package io.numguard.support.opendata;

import io.numguard.support.problem.Problem;
import io.numguard.support.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers a request for an open-data feed from its {@link FeedCache} snapshot: the client address's rate limit
 * (429 with {@code Retry-After}), the form (by extension, else by {@code Accept}), the full feed or a delta after
 * {@code ?since=}, conditional requests ({@code If-None-Match} first, else {@code If-Modified-Since}: 304), gzip
 * when accepted (pre-compressed for the full feed), and the caching headers. The one implementation behind every
 * {@code /open/v1/} endpoint; the services' resources only name their feed.
 */
@ApplicationScoped
public class OpenFeedResponder {
    public static final String CURSOR_HEADER = "Numguard-Feed-Cursor";
    private static final Pattern CURSOR = Pattern.compile("[0-9]{1,18}");

    @Inject
    FeedCache cache;
    @Inject
    OpenDataRateLimiter limiter;
    @Inject
    OpenDataConfig config;

    /**
     * @param path      the feed's path without extension, for the {@code Link} to the next delta
     * @param extension {@code ""}, {@code ".json"} or {@code ".csv"}
     * @param since     the {@code since} query parameter, or null for the full feed
     */
    public Response respond(FeedSpec spec, String path, String extension, String since, HttpHeaders headers,
                            HttpServerRequest request) {
        long wait = limiter.retryAfterSeconds(request.remoteAddress() == null ? null
                : request.remoteAddress().hostAddress(), System.currentTimeMillis());
        if (wait > 0) {
            Problem p = Problem.of("rate-limited", 429, "Too many requests", "at most "
                    + config.rateLimit().requests() + " requests per " + config.rateLimit().window()
                    + " from one address; retry after " + wait + " s").at(request.path());
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(wait))
                    .entity(p).build();
        }
        FeedSnapshot.Format format = format(extension, headers);
        Long sinceCursor = since == null ? null : parseSince(since);
        FeedSnapshot snapshot = cache.snapshot(spec);
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));

        String etag;
        Object body = null; // the full feed's shared off-heap buffer, or a delta rendered for this request
        if (sinceCursor == null) {
            FeedSnapshot.Body full = snapshot.full(format);
            etag = gzip ? full.gzipEtag() : full.etag();
            body = full.wire(gzip);
        } else {
            String plainTag = snapshot.etag(format, sinceCursor);
            etag = gzip ? FeedSnapshot.gzipEtag(plainTag) : plainTag;
        }
        long cursor = Math.max(snapshot.cursor(), sinceCursor == null ? 0 : sinceCursor);
        if (notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), etag,
                snapshot.lastModified())) {
            return common(Response.notModified(), snapshot, etag, cursor, path, format).build();
        }
        if (body == null) {
            List<FeedEntry> changes = snapshot.after(sinceCursor);
            byte[] plain = format == FeedSnapshot.Format.JSON
                    ? FeedRenderer.jsonDelta(spec, sinceCursor, cursor, changes)
                    : FeedRenderer.csvDelta(spec, changes);
            body = gzip ? FeedRenderer.gzip(plain) : plain;
        }
        Response.ResponseBuilder b = common(Response.ok(body, format.mediaType), snapshot, etag, cursor, path, format);
        if (gzip) {
            b.header("Content-Encoding", "gzip");
        }
        return b.build();
    }

    private Response.ResponseBuilder common(Response.ResponseBuilder b, FeedSnapshot s, String etag, long cursor,
                                            String path, FeedSnapshot.Format format) {
        return b.header("ETag", etag)
                .header("Last-Modified", s.lastModifiedHttp())
                .header("Cache-Control", "public, max-age=" + config.maxAge().toSeconds())
                .header("Vary", "Accept, Accept-Encoding")
                .header(CURSOR_HEADER, Long.toString(cursor))
                .header("Link", "<" + path + "." + format.extension + "?since=" + cursor + ">; rel=\"next\"");
    }

    private static FeedSnapshot.Format format(String extension, HttpHeaders headers) {
        if (".csv".equals(extension)) {
            return FeedSnapshot.Format.CSV;
        }
        if (".json".equals(extension)) {
            return FeedSnapshot.Format.JSON;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes(); // sorted by preference
        for (MediaType m : accepted) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return FeedSnapshot.Format.JSON; // */* and application/* too: JSON is the default form
            }
            if (m.isCompatible(CSV)) {
                return FeedSnapshot.Format.CSV;
            }
        }
        throw new ProblemException(406, "not-acceptable", "Not acceptable", "this feed is served as "
                + "application/json or text/csv (or by the extension .json / .csv), not " + accepted)
                .with("accepted", List.of("application/json", "text/csv"));
    }

    private static final MediaType CSV = new MediaType("text", "csv");

    private static long parseSince(String since) {
        if (!CURSOR.matcher(since).matches()) {
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                    "since must be a cursor this feed gave (digits, the Numguard-Feed-Cursor header or the "
                            + "\"cursor\" of an earlier response), not '" + since + "'")
                    .with("parameter", "since").with("accepted", "digits, e.g. since=1042");
        }
        return Long.parseLong(since);
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return p.length < 2 || !p[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** RFC 9110: If-None-Match wins (weak comparison, {@code *} matches); If-Modified-Since only without it. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            String opaque = etag.substring(1, etag.length() - 1);
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag) || t.equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored, as RFC 9110 says
            }
        }
        return false;
    }
}
