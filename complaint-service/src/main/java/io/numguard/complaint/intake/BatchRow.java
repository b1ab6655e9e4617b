package io.numguard.complaint.intake;

/** The outcome of one row of a batch; {@code row} is the 0-based index in the submitted array. */
public record BatchRow<T>(int row, IntakeOutcome<T> outcome) {
    public boolean accepted() {
        return outcome.isAccepted();
    }
}
