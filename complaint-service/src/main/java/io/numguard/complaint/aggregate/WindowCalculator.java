package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Window totals from hourly buckets: a pure function, so the same code serves the in-memory tests and the database
 * (which only has to load a subject's buckets of the last 30 days, at most 720 x 5 x 3 rows, or pre-sum them).
 */
public final class WindowCalculator {
    private WindowCalculator() {
    }

    /**
     * The totals of one subject in one window at {@code now}. Buckets and sightings of other subjects, and those
     * outside the window, are ignored, so a caller may pass everything it loaded.
     */
    public static WindowTotals totals(Subject subject, Window window, Instant now,
                                      Collection<HourlyBucket> buckets, Collection<ComplainantSighting> sightings) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        Instant from = window.from(now);
        Instant until = window.until(now);
        long[] countByCategory = new long[ComplaintCategory.values().length];
        long[] weightedByCategory = new long[countByCategory.length];
        long[] countBySource = new long[ComplaintSource.values().length];
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
        Set<String> complainants = new HashSet<>();
        for (ComplainantSighting s : sightings == null ? List.<ComplainantSighting>of() : sightings) {
            if (s.subject().equals(subject) && !s.at().isBefore(from) && s.at().isBefore(until)) {
                complainants.add(s.complainantHash());
            }
        }
        return new WindowTotals(subject, window, from, until,
                toMap(countByCategory, ComplaintCategory.class, ComplaintCategory.values()),
                toMap(weightedByCategory, ComplaintCategory.class, ComplaintCategory.values()),
                toMap(countBySource, ComplaintSource.class, ComplaintSource.values()),
                toMap(weightedBySource, ComplaintSource.class, ComplaintSource.values()),
                count, weighted, complainants.size());
    }

    /** The totals of one subject in every window. */
    public static Map<Window, WindowTotals> allWindows(Subject subject, Instant now,
                                                       Collection<HourlyBucket> buckets,
                                                       Collection<ComplainantSighting> sightings) {
        EnumMap<Window, WindowTotals> out = new EnumMap<>(Window.class);
        for (Window w : Window.values()) {
            out.put(w, totals(subject, w, now, buckets, sightings));
        }
        return out;
    }

    private static <K extends Enum<K>> Map<K, Long> toMap(long[] values, Class<K> type, K[] keys) {
        EnumMap<K, Long> m = new EnumMap<>(type);
        for (K k : keys) {
            m.put(k, values[k.ordinal()]);
        }
        return m;
    }
}
