package io.numguard.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one mapping from exceptions to RFC 9457 problems, shared by every service: bad input is a 4xx with a stable
 * type and a detail a person can act on, never a 500 and never a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", fieldOf(v.getPropertyPath()), "message", v.getMessage()))
                .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                .toList();
        String detail = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
        return respond(Problem.of("validation-failed", 400, "Request failed validation", detail)
                .with("violations", violations), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(fromJackson(e), uri);
    }

    /** Named on its own: Quarkus ships a plain-JSON mapper for this type, which ours replaces. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(fromJackson(e), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers,
                                   ResourceInfo resource) {
        // the JSON reader may wrap a Jackson failure in a 400, a parameter converter its refusal
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return respond(fromJackson(j), uri);
            }
            if (t instanceof ProblemException p) {
                return respond(p.toProblem(), uri);
            }
        }
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        // a query/path/header parameter the framework could not convert: JAX-RS says 404, the caller needs a 400
        // naming it (the cause is the converter's exception; a path with no resource has none)
        if ((status == 404 || status == 400) && e.getCause() != null && resource != null
                && resource.getResourceMethod() != null) {
            var problem = Parameters.conversionFailure(resource.getResourceMethod(), uri, headers);
            if (problem.isPresent()) {
                return respond(problem.get(), uri);
            }
        }
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        Problem p = Problem.of(slug, status, title, status >= 500 ? null : detail(status, e, uri, headers));
        if (status == 415) {
            p = p.with("accepted", List.of(MediaType.APPLICATION_JSON));
        }
        Response.ResponseBuilder r = Response.status(status).type(Problem.MEDIA_TYPE).entity(p.at(uri.getPath()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            r.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return r.build();
    }

    /** In the caller's terms: the framework's own messages speak of annotations and Java types. */
    private static String detail(int status, WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        return switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "this method is not allowed on " + uri.getPath()
                    + (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null
                    ? "; allowed: " + e.getResponse().getHeaderString(HttpHeaders.ALLOW) : "");
            case 406 -> "this resource answers application/json (errors application/problem+json) only";
            case 415 -> "a body of type " + (headers == null || headers.getMediaType() == null ? "(none)"
                    : headers.getMediaType()) + " is not accepted here: send " + MediaType.APPLICATION_JSON;
            case 400 -> "the request cannot be read";
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        };
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", 403, "Forbidden",
                "your role does not allow this operation"), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // the one place a 500 is made: no internals in the body, an id to find the log line
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, uri.getPath());
        return respond(Problem.of("internal-error", 500, "Internal error",
                "an unexpected error occurred; quote error id " + errorId).with("errorId", errorId), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of("unauthenticated", 401, "Unauthenticated",
                        "a valid bearer token is required").at(uri.getPath())).build();
    }

    static Problem fromJackson(JsonProcessingException e) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return Problem.of("invalid-value", 400, "Invalid value",
                    "'" + f.getValue() + "' is not one of " + allowed + " at " + path(f))
                    .with("field", path(f)).with("allowed", allowed.split(", "));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Problem.of("unknown-field", 400, "Unknown field", "unknown field " + path(u))
                    .with("field", path(u));
        }
        if (e instanceof ValueInstantiationException v) {
            String reason = v.getCause() != null && v.getCause().getMessage() != null ? v.getCause().getMessage()
                    : v.getOriginalMessage();
            return Problem.of("invalid-value", 400, "Invalid value", reason + (path(v).isEmpty() ? "" : " at " + path(v)))
                    .with("field", path(v));
        }
        if (e instanceof MismatchedInputException m) {
            String expected = m.getTargetType() != null ? m.getTargetType().getSimpleName() : "another type";
            return Problem.of("invalid-value", 400, "Invalid value",
                    "wrong type at " + (path(m).isEmpty() ? "the document root" : path(m)) + ": expected "
                            + expected).with("field", path(m));
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException iae) {
            return Problem.of("invalid-value", 400, "Invalid value", iae.getMessage() + " at " + path(m))
                    .with("field", path(m));
        }
        String where = e.getLocation() != null
                ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : "";
        return Problem.of("malformed-json", 400, "Malformed JSON", "the request body is not valid JSON" + where);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** "register.licensee.name" -> "name": the Java method and parameter mean nothing to the caller. */
    private static String fieldOf(jakarta.validation.Path propertyPath) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (jakarta.validation.Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        field.append(field.length() > 0 ? "." : "").append(node.getName());
                    }
                }
            }
        }
        return field.length() > 0 ? field.toString() : parameter != null ? parameter : propertyPath.toString();
    }

    private static Response respond(Problem p, UriInfo uri) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE)
                .entity(p.instance() == null && uri != null ? p.at(uri.getPath()) : p).build();
    }
}
