package io.numguard.console.api;

import java.util.Map;

/**
 * An error answer of a service (RFC 9457 problem+json, or whatever came back instead), kept as data so that the page
 * can say it in words; never shown raw.
 *
 * @param slug the last part of the problem type ({@code urn:numguard:problem:four-eyes} -> {@code four-eyes}), or
 *             {@code http-<status>} when the answer carried no problem type
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final String detail;
    private final String field;

    public ApiProblem(int status, String slug, String title, String detail, String field) {
        super(status + " " + slug + ": " + detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.field = field;
    }

    /** From a parsed problem+json body (a map), or null when the body was not JSON. */
    public static ApiProblem of(int status, Object body) {
        if (body instanceof Map<?, ?> m) {
            String type = str(m.get("type"));
            String slug = type == null ? "http-" + status : type.substring(type.lastIndexOf(':') + 1);
            String field = str(m.get("field"));
            if (field == null) {
                field = str(m.get("parameter"));
            }
            return new ApiProblem(status, slug, str(m.get("title")), str(m.get("detail")), field);
        }
        return new ApiProblem(status, "http-" + status, null, null, null);
    }

    /** The service could not be reached at all. */
    public static ApiProblem unreachable(Target target, Exception cause) {
        return new ApiProblem(503, "service-unreachable", null, target.name().toLowerCase() + ": "
                + cause.getClass().getSimpleName(), null);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String field() {
        return field;
    }
}
