package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.Window;

import java.util.Objects;

/**
 * When complaints in {@code window} earn a label (weighted counts, so one police referral weighs like ten citizens
 * with the default weights). The most severe label whose rule holds wins:
 * <ul>
 *   <li>FRAUD: police referrals weigh at least {@code fraudPoliceWeight}. Citizens and carriers alone cannot make
 *       a number FRAUD: that takes police evidence.</li>
 *   <li>SUSPECTED_FRAUD: police referrals weigh at least {@code suspectedFraudPoliceWeight}, or FRAUD complaints
 *       (all sources) at least {@code suspectedFraudWeight}.</li>
 *   <li>HARASSMENT: HARASSMENT and ROBOCALL complaints weigh at least {@code harassmentWeight}.</li>
 *   <li>MARKETING: MARKETING complaints weigh at least {@code marketingWeight}.</li>
 * </ul>
 */
public record LabelRules(
        Window window,
        long marketingWeight,
        long harassmentWeight,
        long suspectedFraudWeight,
        long suspectedFraudPoliceWeight,
        long fraudPoliceWeight) {

    public LabelRules {
        Objects.requireNonNull(window, "window");
        if (marketingWeight < 1 || harassmentWeight < 1 || suspectedFraudWeight < 1 || suspectedFraudPoliceWeight < 1
                || fraudPoliceWeight < 1) {
            throw new IllegalArgumentException("label thresholds must be at least 1");
        }
        if (fraudPoliceWeight < suspectedFraudPoliceWeight) {
            throw new IllegalArgumentException("fraudPoliceWeight must be at least suspectedFraudPoliceWeight");
        }
    }

    /** The lowest weight any of the rules asks for: below it (in all categories together) the label is NONE. */
    public long lowestBar() {
        return Math.min(Math.min(marketingWeight, harassmentWeight), Math.min(suspectedFraudWeight,
                suspectedFraudPoliceWeight));
    }

    /** For a number, over 30 days: 10 / 10 / 20, police 10 (one referral) and 30 (three). */
    public static LabelRules numberDefaults() {
        return new LabelRules(Window.P30D, 10, 10, 20, 10, 30);
    }

    /**
     * For a segment, over 30 days: the segment sums its numbers, so the bars are higher, except that one police
     * referral already makes it SUSPECTED_FRAUD (and every number in it with it); FRAUD takes ten referred numbers.
     */
    public static LabelRules segmentDefaults() {
        return new LabelRules(Window.P30D, 30, 30, 40, 10, 100);
    }
}
