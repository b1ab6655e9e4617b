package io.numguard.devstack.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers in tests that walk keyset-paged lists page by page. */
public final class Links {
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private Links() {
    }

    /** One page as a test fetched it: the values it lists and its {@code Link} header (null when none). */
    public record Fetched(List<String> values, String linkHeader) {
    }

    /**
     * Walks a paged list from {@code firstPage}, following {@code rel="next"}, and returns each page's values;
     * more than {@code maxPages} pages is taken for a link that never ends.
     */
    public static List<List<String>> walk(String firstPage, Function<String, Fetched> fetch, int maxPages) {
        List<List<String>> pages = new ArrayList<>();
        Optional<String> next = Optional.of(firstPage);
        while (next.isPresent()) {
            if (pages.size() == maxPages) {
                throw new AssertionError(firstPage + ": more than " + maxPages + " pages");
            }
            Fetched page = fetch.apply(next.get());
            pages.add(page.values());
            next = next(page.linkHeader());
        }
        return pages;
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
