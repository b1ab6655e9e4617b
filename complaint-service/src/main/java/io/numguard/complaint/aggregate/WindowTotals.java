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
        countByCategory = complete(countByCategory, NO_CATEGORIES);
        weightedByCategory = complete(weightedByCategory, NO_CATEGORIES);
        countBySource = complete(countBySource, NO_SOURCES);
        weightedBySource = complete(weightedBySource, NO_SOURCES);
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

    /**
     * Every key present, zero if missing. Copies a zero template (an {@code EnumMap} copy clones two small arrays;
     * {@code new EnumMap(Class)} looks the enum's constants up again every time, which showed in the intake profile).
     */
    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> in, EnumMap<K, Long> zeros) {
        EnumMap<K, Long> m = new EnumMap<>(zeros);
        if (in != null) {
            in.forEach((k, v) -> {
                if (k != null && v != null) {
                    m.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(m);
    }

    private static final EnumMap<ComplaintCategory, Long> NO_CATEGORIES = zeros(ComplaintCategory.class);
    private static final EnumMap<ComplaintSource, Long> NO_SOURCES = zeros(ComplaintSource.class);

    private static <K extends Enum<K>> EnumMap<K, Long> zeros(Class<K> type) {
        EnumMap<K, Long> m = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            m.put(k, 0L);
        }
        return m;
    }
}
