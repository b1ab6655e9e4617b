package io.numguard.complaint.intake;

import io.numguard.support.rule.Verdict;

/** The verdict on one row of a batch; {@code row} is the 0-based index in the submitted array. */
public record BatchRow<T>(int row, Verdict<T> outcome) {
    public boolean accepted() {
        return outcome.isAllowed();
    }
}
