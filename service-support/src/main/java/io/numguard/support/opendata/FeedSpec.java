package io.numguard.support.opendata;

import java.util.List;
import java.util.Objects;

/**
 * One open-data feed: its name (also the advisory-lock and cache key, e.g. {@code segments/barred}) and its public
 * columns, the first being the row's key. A service declares each of its feeds as a CDI bean of this type; the
 * columns are all a row may carry, so nothing else (no personal data) can reach the feed.
 */
public record FeedSpec(String name, List<String> columns) {
    public FeedSpec {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a feed needs at least its key column");
        }
    }

    public String keyColumn() {
        return columns.get(0);
    }

    /** A row's values, in column order; the first is the key. */
    public List<String> row(String... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + " rows have " + columns.size() + " columns, not "
                    + values.length);
        }
        if (values[0] == null || values[0].isBlank()) {
            throw new IllegalArgumentException(name + ": a row needs its key");
        }
        return java.util.Arrays.asList(values.clone());
    }
}
