package io.numguard.support.rest;

import io.numguard.support.problem.ProblemException;

import java.util.regex.Pattern;

/**
 * The id of a resource as it appears in a path ({@code /api/cases/{id}}), parsed once at the edge: 1 to 64 letters,
 * digits, {@code -}, {@code _}, {@code .} or {@code :}, starting with a letter or digit. Anything else (a NUL byte, a
 * control character, 9,000 characters) is a 400 naming the parameter, so it never reaches a query.
 * {@link ResourceIdConverter} does it for every {@code @PathParam}/{@code @QueryParam} of this type.
 */
public record ResourceId(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}");

    public ResourceId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an id");
        }
    }

    /** The id, or a 400 {@code invalid-id} problem naming {@code parameter}. */
    public static ResourceId parse(String parameter, String raw) {
        if (raw != null && FORM.matcher(raw).matches()) {
            return new ResourceId(raw);
        }
        throw new ProblemException(400, "invalid-id", "Invalid id", "'" + parameter + "' must be 1 to " + MAX_LENGTH
                + " letters, digits, '-', '_', '.' or ':', starting with a letter or digit")
                .with("parameter", parameter);
    }

    @Override
    public String toString() {
        return value;
    }
}
