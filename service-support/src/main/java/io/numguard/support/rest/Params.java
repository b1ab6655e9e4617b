package io.numguard.support.rest;

import io.numguard.support.problem.ProblemException;

/** Free-text query parameters checked at the edge, before they reach a query: printable and bounded. */
public final class Params {
    private Params() {
    }

    /**
     * The trimmed value, null when absent or blank; a 400 {@code invalid-parameter} naming {@code parameter} when it
     * is longer than {@code maxLength} or holds a control character (a NUL byte cannot even be stored).
     */
    public static String text(String parameter, String raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        // checked before stripping: trim() would quietly drop a NUL at either end
        String value = raw.strip();
        if (value.length() > maxLength || raw.chars().anyMatch(Character::isISOControl)) {
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter", "'" + parameter
                    + "' must be at most " + maxLength + " printable characters").with("parameter", parameter);
        }
        return value.isEmpty() ? null : value;
    }
}
