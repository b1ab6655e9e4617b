package io.numguard.support.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the caller can act on: a named policy said no, a resource is missing, a scope does not match.
 * Rendered as {@code application/problem+json} with {@code type = urn:numguard:problem:<slug>}.
 */
public class ProblemException extends RuntimeException {
    private final String slug;
    private final int status;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Outside your scope", detail);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail);
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        Problem p = Problem.of(slug, status, title, getMessage());
        for (var e : extensions.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }
}
