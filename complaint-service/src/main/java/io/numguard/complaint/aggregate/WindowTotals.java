package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;

import java.time.Instant;
import java.util.Comparator;
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
        countByCategory = EnumCounts.complete(countByCategory, CATEGORIES);
        weightedByCategory = EnumCounts.complete(weightedByCategory, CATEGORIES);
        countBySource = EnumCounts.complete(countBySource, SOURCES);
        weightedBySource = EnumCounts.complete(weightedBySource, SOURCES);
    }

    /** Nothing counted. */
    public static WindowTotals empty(Subject subject, Window window, Instant now) {
        return new WindowTotals(subject, window, window.from(now), window.until(now), null, null, null, null, 0, 0,
                0);
    }

    @SuppressWarnings("unchecked") // the constructor makes every map an EnumCounts
    public long count(ComplaintCategory category) {
        return ((EnumCounts<ComplaintCategory>) countByCategory).value(category);
    }

    @SuppressWarnings("unchecked")
    public long weighted(ComplaintCategory category) {
        return ((EnumCounts<ComplaintCategory>) weightedByCategory).value(category);
    }

    @SuppressWarnings("unchecked")
    public long count(ComplaintSource source) {
        return ((EnumCounts<ComplaintSource>) countBySource).value(source);
    }

    @SuppressWarnings("unchecked")
    public long weighted(ComplaintSource source) {
        return ((EnumCounts<ComplaintSource>) weightedBySource).value(source);
    }

    /** The same constants arrays for every instance: {@link EnumCounts#complete} keeps a map built on them as is. */
    static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();
    static final ComplaintSource[] SOURCES = ComplaintSource.values();

}
