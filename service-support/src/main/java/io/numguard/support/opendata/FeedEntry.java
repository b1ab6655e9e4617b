package io.numguard.support.opendata;

import java.time.Instant;
import java.util.List;

/** A key's latest change in a feed: its values (column order), or a removal. */
public record FeedEntry(String key, long cursor, boolean removed, Instant changedAt, List<String> values) {
}
