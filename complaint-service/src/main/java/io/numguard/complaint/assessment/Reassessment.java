package io.numguard.complaint.assessment;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.LabelChange;
import io.numguard.complaint.reputation.Reputation;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.threshold.ThresholdEvaluation;
import io.numguard.contracts.number.PhoneNumber;

import java.util.Map;
import java.util.Optional;

/**
 * Everything one subject's re-assessment decided. Store {@code thresholds.changes()}, the reputation and the events
 * ({@code thresholds.crossings()}, {@code labelChange}) in one transaction; after commit, {@link #applyTo} the index.
 */
public record Reassessment(
        Subject subject,
        Map<Window, WindowTotals> totals,
        ThresholdEvaluation thresholds,
        Reputation reputation,
        Optional<LabelChange> labelChange) {

    public Reassessment {
        totals = Map.copyOf(totals);
    }

    /** Whether anything was reported about the subject in the longest window; if not, it can be forgotten. */
    public boolean hasComplaints() {
        WindowTotals longest = totals.get(Window.longest());
        return longest != null && longest.count() > 0;
    }

    /**
     * Whether the subject keeps a reputation of its own (a {@code reputation} row and an index entry): a segment
     * while it has complaints; a number only while they earn it a label. A number below every label bar is screened
     * like a number never complained about (its segment's label and score): a NONE label changes no verdict, and
     * keeping one row per complained-about number cost a row write per mark about a fresh number.
     */
    public boolean keepsReputation() {
        return hasComplaints() && (!subject.isNumber() || reputation.label() != Label.NONE);
    }

    /** Brings the in-memory index in line with this reputation. */
    public void applyTo(ReputationIndex index) {
        if (subject.isNumber()) {
            PhoneNumber number = new PhoneNumber(subject.code());
            if (keepsReputation()) {
                index.putNumberReputation(number, reputation.label(), reputation.score());
            } else {
                index.clearNumberReputation(number);
            }
        } else if (hasComplaints()) {
            index.putSegmentReputation(subject.code(), reputation.label(), reputation.score());
        } else {
            index.clearSegmentReputation(subject.code());
        }
    }
}
