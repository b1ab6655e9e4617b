package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Complaints about one subject in one window: counts and weighted counts by category and by source, the totals,
 * and how many distinct people complained. Every category and source is present in the maps (zero if none).
 *
 * @param from  first bucket hour in the window (inclusive)
 * @param until end of the window (exclusive)
 */
public record WindowTotals(
        Subject subject,
        Window window,
        Instant from,
        Instant until,
        Map<ComplaintCategory, Long> countByCategory,
        Map<ComplaintCategory, Long> weightedByCategory,
        Map<ComplaintSource, Long> countBySource,
        Map<ComplaintSource, Long> weightedBySource,
        long count,
        long weighted,
        long distinctComplainants) {

    /** Largest weighted total first, e.g. for the regulator's top segments. */
    public static final Comparator<WindowTotals> BY_WEIGHTED_DESC =
            Comparator.comparingLong((WindowTotals t) -> t.weighted()).reversed()
                    .thenComparing(t -> t.subject().code());

    public WindowTotals {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(window, "window");
        countByCategory = complete(countByCategory, ComplaintCategory.class, ComplaintCategory.values());
        weightedByCategory = complete(weightedByCategory, ComplaintCategory.class, ComplaintCategory.values());
        countBySource = complete(countBySource, ComplaintSource.class, ComplaintSource.values());
        weightedBySource = complete(weightedBySource, ComplaintSource.class, ComplaintSource.values());
    }

    /** Nothing counted. */
    public static WindowTotals empty(Subject subject, Window window, Instant now) {
        return new WindowTotals(subject, window, window.from(now), window.until(now), null, null, null, null, 0, 0,
                0);
    }

    public long count(ComplaintCategory category) {
        return countByCategory.get(category);
    }

    public long weighted(ComplaintCategory category) {
        return weightedByCategory.get(category);
    }

    public long count(ComplaintSource source) {
        return countBySource.get(source);
    }

    public long weighted(ComplaintSource source) {
        return weightedBySource.get(source);
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> in, Class<K> type, K[] keys) {
        EnumMap<K, Long> m = new EnumMap<>(type);
        for (K k : keys) {
            Long v = in == null ? null : in.get(k);
            m.put(k, v == null ? 0L : v);
        }
        return Collections.unmodifiableMap(m);
    }
}
