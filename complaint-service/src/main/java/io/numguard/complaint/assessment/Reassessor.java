package io.numguard.complaint.assessment;

import io.numguard.complaint.aggregate.DistinctHour;
import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowCalculator;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.LabelChangeDetector;
import io.numguard.complaint.reputation.Reputation;
import io.numguard.complaint.reputation.ReputationPolicy;
import io.numguard.complaint.threshold.ThresholdDetector;
import io.numguard.complaint.threshold.ThresholdEvaluation;
import io.numguard.complaint.threshold.ThresholdKey;
import io.numguard.complaint.threshold.ThresholdRule;
import io.numguard.complaint.threshold.ThresholdState;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The whole pure pipeline for one subject: window totals from its buckets, threshold crossings, reputation, label
 * change. Run it for the number and for the segment after each counted complaint, and on a schedule for subjects
 * that have a label or an ABOVE threshold state (windows drain with time, and labels and thresholds must follow).
 */
public final class Reassessor {
    private final ThresholdDetector thresholds;
    private final ReputationPolicy reputation;

    public Reassessor(ThresholdDetector thresholds, ReputationPolicy reputation) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.reputation = Objects.requireNonNull(reputation, "reputation");
    }

    /**
     * The weight (over the longest window, all categories and sources together) below which a subject of this kind
     * with no stored threshold state and no stored label is re-assessed to nothing: no threshold can cross (each
     * sums a part of it over a part of the window), the label stays NONE (each label rule asks for a part of it),
     * so there is no state, no event and no reputation row to write. The intake skips such numbers.
     */
    public long quietBelow(SubjectKind kind) {
        long floor = reputation.rulesFor(kind).lowestBar();
        for (ThresholdRule rule : thresholds.rules()) {
            if (rule.appliesTo() == kind) {
                floor = Math.min(floor, rule.threshold());
            }
        }
        return floor;
    }

    /**
     * @param buckets        the subject's hourly buckets of (at least) the last 30 days
     * @param complainants   its distinct complainants per hour of the last 30 days
     * @param thresholdState its stored threshold states (missing = BELOW)
     * @param publishedLabel the label last published for it (null = none)
     */
    public Reassessment reassess(Subject subject, Collection<HourlyBucket> buckets,
                                 Collection<DistinctHour> complainants,
                                 Map<ThresholdKey, ThresholdState> thresholdState, Label publishedLabel,
                                 Instant now) {
        return reassess(subject, buckets, complainants, thresholdState, publishedLabel, null, now);
    }

    /** The window a label of this kind of subject is computed over. */
    public Window labelWindow(SubjectKind kind) {
        return reputation.rulesFor(kind).window();
    }

    /** @param policeCaseNumber see {@link ReputationPolicy#confirmedByPolice}; null when none */
    public Reassessment reassess(Subject subject, Collection<HourlyBucket> buckets,
                                 Collection<DistinctHour> complainants,
                                 Map<ThresholdKey, ThresholdState> thresholdState, Label publishedLabel,
                                 String policeCaseNumber, Instant now) {
        Map<Window, WindowTotals> totals = WindowCalculator.allWindows(subject, now, buckets, complainants);
        ThresholdEvaluation crossings = thresholds.evaluate(subject, totals, thresholdState, now);
        Reputation rep = reputation.confirmedByPolice(subject, reputation.assess(subject, totals), policeCaseNumber);
        return new Reassessment(subject, totals, crossings, rep,
                LabelChangeDetector.detect(subject, publishedLabel, rep, now));
    }
}
