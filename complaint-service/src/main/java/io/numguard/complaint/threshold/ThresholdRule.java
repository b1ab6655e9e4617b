package io.numguard.complaint.threshold;

import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.intake.ComplaintCategory;

import java.util.List;
import java.util.Objects;

/**
 * "The weighted count of numbers' (or segments') complaints in this window, of this category or of all, reaches
 * {@code threshold}". A rule fires once when the value reaches the threshold and re-arms only when the value falls
 * below {@code rearmBelow} (hysteresis), so a subject hovering around the threshold does not signal again and again.
 *
 * @param category   null for the weighted total of all categories ({@code ALL} on the wire)
 * @param rearmBelow 1..threshold; equal to threshold means no hysteresis
 */
public record ThresholdRule(SubjectKind appliesTo, Window window, ComplaintCategory category, long threshold,
                            long rearmBelow) {
    public static final String ALL = "ALL";

    public ThresholdRule {
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(window, "window");
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, got " + threshold);
        }
        if (rearmBelow < 1 || rearmBelow > threshold) {
            throw new IllegalArgumentException("rearmBelow must be 1.." + threshold + ", got " + rearmBelow);
        }
    }

    /** On the weighted total of all categories, without hysteresis. */
    public static ThresholdRule weighted(SubjectKind appliesTo, Window window, long threshold) {
        return new ThresholdRule(appliesTo, window, null, threshold, threshold);
    }

    /** On the weighted count of one category, without hysteresis. */
    public static ThresholdRule ofCategory(SubjectKind appliesTo, Window window, ComplaintCategory category,
                                           long threshold) {
        return new ThresholdRule(appliesTo, window, Objects.requireNonNull(category, "category"), threshold,
                threshold);
    }

    public ThresholdRule rearmBelow(long value) {
        return new ThresholdRule(appliesTo, window, category, threshold, value);
    }

    /** Example configuration: re-arm at 80 % of the threshold. */
    public static List<ThresholdRule> defaults() {
        return List.of(
                weighted(SubjectKind.NUMBER, Window.P1D, 10).rearmBelow(8),
                weighted(SubjectKind.NUMBER, Window.P7D, 30).rearmBelow(24),
                weighted(SubjectKind.SEGMENT, Window.P1D, 20).rearmBelow(16),
                weighted(SubjectKind.SEGMENT, Window.P7D, 50).rearmBelow(40),
                weighted(SubjectKind.SEGMENT, Window.P30D, 100).rearmBelow(80),
                ofCategory(SubjectKind.SEGMENT, Window.P1D, ComplaintCategory.FRAUD, 10).rearmBelow(8));
    }

    /** Stable id, the key of the rule's state per subject, e.g. {@code SEGMENT/P1D/ALL}. */
    public String id() {
        return appliesTo + "/" + window.iso() + "/" + categoryName();
    }

    /** The category on the wire: its name, or {@code ALL}. */
    public String categoryName() {
        return category == null ? ALL : category.name();
    }

    /** The value this rule watches. */
    public long valueIn(WindowTotals totals) {
        return category == null ? totals.weighted() : totals.weighted(category);
    }
}
