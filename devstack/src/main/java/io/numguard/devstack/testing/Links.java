package io.numguard.devstack.testing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers in tests that walk keyset-paged lists page by page. */
public final class Links {
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private Links() {
    }

    /** The target of {@code rel="next"}, if the header has one. */
    public static Optional<String> next(String linkHeader) {
        if (linkHeader == null) {
            return Optional.empty();
        }
        Matcher m = NEXT.matcher(linkHeader);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
