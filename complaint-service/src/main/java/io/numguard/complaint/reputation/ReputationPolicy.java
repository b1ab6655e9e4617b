package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subject's reputation from its complaint totals ({@link LabelRules}, one set for numbers and one for segments).
 *
 * <p>Score: each label has a band (NONE 0-29, MARKETING 30-49, HARASSMENT 50-69, SUSPECTED_FRAUD 70-89,
 * FRAUD 90-100) and the score rises within it with the weighted total, so two numbers with the same label still
 * sort by how much was reported.
 */
public final class ReputationPolicy {
    private static final int[] BAND_MIN = {0, 30, 50, 70, 90};
    private static final int[] BAND_MAX = {29, 49, 69, 89, 100};

    private final LabelRules numberRules;
    private final LabelRules segmentRules;

    public ReputationPolicy(LabelRules numberRules, LabelRules segmentRules) {
        this.numberRules = Objects.requireNonNull(numberRules, "numberRules");
        this.segmentRules = Objects.requireNonNull(segmentRules, "segmentRules");
    }

    public static ReputationPolicy defaults() {
        return new ReputationPolicy(LabelRules.numberDefaults(), LabelRules.segmentDefaults());
    }

    public LabelRules rulesFor(SubjectKind kind) {
        return kind == SubjectKind.NUMBER ? numberRules : segmentRules;
    }

    /** The window a subject's label is computed over. */
    public Window windowFor(Subject subject) {
        return rulesFor(subject.kind()).window();
    }

    /** From the subject's totals per window (the one the rules name must be present). */
    public Reputation assess(Subject subject, Map<Window, WindowTotals> totals) {
        WindowTotals t = totals.get(windowFor(subject));
        if (t == null) {
            throw new IllegalArgumentException("no totals over " + windowFor(subject) + " for " + subject);
        }
        return assess(t);
    }

    public Reputation assess(WindowTotals t) {
        LabelRules r = rulesFor(t.subject().kind());
        if (t.window() != r.window()) {
            throw new IllegalArgumentException("labels of " + t.subject().kind() + " are computed over "
                    + r.window() + ", got totals over " + t.window());
        }
        String over = " in the last " + r.window().phrase();
        long police = t.weighted(ComplaintSource.POLICE);
        long fraud = t.weighted(ComplaintCategory.FRAUD);
        long harassment = t.weighted(ComplaintCategory.HARASSMENT) + t.weighted(ComplaintCategory.ROBOCALL);
        long marketing = t.weighted(ComplaintCategory.MARKETING);

        List<String> reasons = new ArrayList<>(3);
        Label label = Label.NONE;
        if (police >= r.fraudPoliceWeight()) {
            label = Label.FRAUD;
            reasons.add("police referrals weigh " + police + over + " (fraud from " + r.fraudPoliceWeight() + ")");
        } else if (police >= r.suspectedFraudPoliceWeight()) {
            label = Label.SUSPECTED_FRAUD;
            reasons.add("police referrals weigh " + police + over + " (suspected fraud from "
                    + r.suspectedFraudPoliceWeight() + ")");
        } else if (fraud >= r.suspectedFraudWeight()) {
            label = Label.SUSPECTED_FRAUD;
            reasons.add("fraud complaints weigh " + fraud + over + " (suspected fraud from "
                    + r.suspectedFraudWeight() + ")");
        } else if (harassment >= r.harassmentWeight()) {
            label = Label.HARASSMENT;
            reasons.add("harassment and robocall complaints weigh " + harassment + over + " (harassment from "
                    + r.harassmentWeight() + ")");
        } else if (marketing >= r.marketingWeight()) {
            label = Label.MARKETING;
            reasons.add("marketing complaints weigh " + marketing + over + " (marketing from "
                    + r.marketingWeight() + ")");
        }
        if (t.count() > 0) {
            reasons.add(t.count() + " complaints (weighted " + t.weighted() + ") from " + t.distinctComplainants()
                    + " distinct complainants" + over);
        }
        return new Reputation(label, score(label, t.weighted()), reasons);
    }

    /**
     * Policy: a number named in a police referral that carries a police case number is confirmed fraud. The police
     * opened a criminal case on it, which no count of complaints can outweigh: the number's label is FRAUD (the verdict
     * for it, BLOCK by default, follows), for as long as the referral is in the number's window (30 days, renewed by
     * each referral), whatever else was reported. A segment is not changed by this rule: it still follows its
     * numbers' weighted complaints, and its registry state.
     *
     * @param policeCaseNumber the police case number of the latest such referral in the window, null when none
     */
    public Reputation confirmedByPolice(Subject subject, Reputation assessed, String policeCaseNumber) {
        if (policeCaseNumber == null || policeCaseNumber.isBlank() || !subject.isNumber()) {
            return assessed;
        }
        List<String> reasons = new ArrayList<>(assessed.reasons().size() + 1);
        reasons.add("named in police case " + policeCaseNumber.strip() + " (confirmed fraud)");
        reasons.addAll(assessed.reasons());
        return new Reputation(Label.FRAUD, Math.max(BAND_MIN[Label.FRAUD.ordinal()], assessed.score()), reasons);
    }

    static int score(Label label, long weighted) {
        int i = label.ordinal();
        long raw = label == Label.NONE ? weighted : BAND_MIN[i] + weighted / 5;
        return (int) Math.min(BAND_MAX[i], Math.max(BAND_MIN[i], raw));
    }
}
