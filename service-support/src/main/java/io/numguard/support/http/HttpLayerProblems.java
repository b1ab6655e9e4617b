package io.numguard.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.support.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Errors the HTTP layer answers before any resource runs, as {@code application/problem+json} like every other error,
 * for every service (this bean is in each one through service-support).
 *
 * <p>Netty refuses an over-long request line or header block in its decoder with a bare 414/431 that no Quarkus hook
 * can reach. So the decoder's limits are raised (service-support's {@code META-INF/microprofile-config.properties})
 * and the limits a client sees are enforced here, first on the router: {@code numguard.http.max-request-line},
 * {@code numguard.http.max-header-size} and Quarkus's own {@code quarkus.http.limits.max-body-size} (checked on
 * {@code Content-Length}, before Quarkus's check that would answer an empty 413). A request beyond the raised decoder
 * limits still gets the bare answer. Statuses the router itself decides (405, 404 outside the REST resources) and
 * failures of non-REST routes go through {@link #problem}.
 */
@ApplicationScoped
public class HttpLayerProblems {
    @Inject
    ObjectMapper json;
    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLimits);
        for (int status : new int[]{404, 405, 406, 413, 414, 415, 431}) {
            router.errorHandler(status, ctx -> problem(ctx, status));
        }
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode();
            // 401 keeps Quarkus's challenge (WWW-Authenticate); anything already written is left alone
            if (status == 401 || ctx.response().headWritten()) {
                ctx.next();
                return;
            }
            problem(ctx, status < 400 ? 500 : status);
        });
    }

    private void checkLimits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // "GET /path?query HTTP/1.1"
        int line = request.method().name().length() + 1 + request.uri().length() + 9;
        if (line > limits.maxRequestLine()) {
            problem(ctx, 414);
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headers > limits.maxHeaderSize().asLongValue()) {
            problem(ctx, 431);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limits.maxBodySize().asLongValue()) {
                    problem(ctx, 413);
                    return;
                }
            } catch (NumberFormatException e) {
                problem(ctx, 400);
                return;
            }
        }
        ctx.next();
    }

    private void problem(RoutingContext ctx, int status) {
        String path = ctx.request().path();
        Problem p = switch (status) {
            case 400 -> Problem.of("bad-request", 400, "Bad Request", "the request cannot be read");
            case 404 -> Problem.of("not-found", 404, "Not Found", "no resource at " + shorten(path));
            case 405 -> Problem.of("method-not-allowed", 405, "Method Not Allowed", ctx.request().method()
                    + " is not allowed on " + shorten(path) + allowed(ctx));
            case 406 -> Problem.of("not-acceptable", 406, "Not Acceptable",
                    "this resource answers application/json (errors application/problem+json) only");
            case 413 -> Problem.of("payload-too-large", 413, "Content Too Large",
                    "the body may have at most " + limits.maxBodySize().asLongValue() + " bytes")
                    .with("maxBytes", limits.maxBodySize().asLongValue());
            case 414 -> Problem.of("request-line-too-long", 414, "URI Too Long",
                    "the request line (method, path, query) may have at most " + limits.maxRequestLine()
                    + " characters")
                    .with("maxLength", limits.maxRequestLine());
            case 415 -> Problem.of("unsupported-media-type", 415, "Unsupported Media Type",
                    "send the body as application/json");
            case 431 -> Problem.of("header-fields-too-large", 431, "Request Header Fields Too Large",
                    "the request headers may have at most " + limits.maxHeaderSize().asLongValue()
                    + " bytes together")
                    .with("maxBytes", limits.maxHeaderSize().asLongValue());
            default -> status >= 500
                    ? Problem.of("internal-error", status, "Internal error", "an unexpected error occurred")
                    : Problem.of("http-" + status, status, "HTTP " + status, null);
        };
        String body;
        try {
            body = json.writeValueAsString(p.at(shorten(path)));
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + p.type() + "\",\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413 || status == 414 || status == 431) {
            // the rest of an over-large request is not read: the connection cannot be reused
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    private static String allowed(RoutingContext ctx) {
        String allow = ctx.response().headers().get(HttpHeaders.ALLOW);
        return allow == null ? "" : "; allowed: " + allow;
    }

    /** An over-long path is not echoed back whole. */
    private static String shorten(String path) {
        return path == null ? null : path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }
}
