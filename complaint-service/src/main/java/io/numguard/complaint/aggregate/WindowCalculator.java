package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Window totals from hourly buckets: a pure function, so the same code serves the in-memory tests and the database
 * (which only has to load a subject's buckets of the last 30 days, at most 720 x 5 x 3 rows, or pre-sum them).
 */
public final class WindowCalculator {
    private WindowCalculator() {
    }

    /**
     * The totals of one subject in one window at {@code now}. Buckets and complainant hours of other subjects, and
     * those outside the window, are ignored, so a caller may pass everything it loaded.
     */
    public static WindowTotals totals(Subject subject, Window window, Instant now,
                                      Collection<HourlyBucket> buckets, Collection<DistinctHour> complainants) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        Instant from = window.from(now);
        Instant until = window.until(now);
        long[] countByCategory = new long[CATEGORIES.length];
        long[] weightedByCategory = new long[countByCategory.length];
        long[] countBySource = new long[SOURCES.length];
        long[] weightedBySource = new long[countBySource.length];
        long count = 0;
        long weighted = 0;
        for (HourlyBucket b : buckets == null ? List.<HourlyBucket>of() : buckets) {
            if (!b.subject().equals(subject) || b.hour().isBefore(from) || !b.hour().isBefore(until)) {
                continue;
            }
            countByCategory[b.category().ordinal()] += b.count();
            weightedByCategory[b.category().ordinal()] += b.weighted();
            countBySource[b.source().ordinal()] += b.count();
            weightedBySource[b.source().ordinal()] += b.weighted();
            count += b.count();
            weighted += b.weighted();
        }
        long distinct = 0;
        for (DistinctHour h : complainants == null ? List.<DistinctHour>of() : complainants) {
            if (h.subject().equals(subject) && !h.hour().isBefore(from) && h.hour().isBefore(until)) {
                distinct += h.complainants();
            }
        }
        return new WindowTotals(subject, window, from, until,
                EnumCounts.wrap(CATEGORIES, countByCategory), EnumCounts.wrap(CATEGORIES, weightedByCategory),
                EnumCounts.wrap(SOURCES, countBySource), EnumCounts.wrap(SOURCES, weightedBySource),
                count, weighted, distinct);
    }

    /** The totals of one subject in every window. */
    public static Map<Window, WindowTotals> allWindows(Subject subject, Instant now,
                                                       Collection<HourlyBucket> buckets,
                                                       Collection<DistinctHour> complainants) {
        EnumMap<Window, WindowTotals> out = new EnumMap<>(NO_WINDOWS);
        for (Window w : Window.values()) {
            out.put(w, totals(subject, w, now, buckets, complainants));
        }
        return out;
    }

    private static final EnumMap<Window, WindowTotals> NO_WINDOWS = new EnumMap<>(Window.class);
    private static final ComplaintCategory[] CATEGORIES = WindowTotals.CATEGORIES;
    private static final ComplaintSource[] SOURCES = WindowTotals.SOURCES;
}
