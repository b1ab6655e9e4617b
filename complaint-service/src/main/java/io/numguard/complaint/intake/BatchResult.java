package io.numguard.complaint.intake;

import java.util.List;

/** Every row of a batch, in input order, each accepted or rejected on its own. */
public record BatchResult<T>(List<BatchRow<T>> rows) {
    public BatchResult {
        rows = List.copyOf(rows);
    }

    /** The accepted values, in input order: what to store. */
    public List<T> acceptedValues() {
        return rows.stream()
                .filter(BatchRow::accepted)
                .map(r -> r.outcome().value())
                .toList();
    }

    /** The rejected rows, in input order: what to report back. */
    public List<BatchRow<T>> rejectedRows() {
        return rows.stream().filter(r -> !r.accepted()).toList();
    }

    public int acceptedCount() {
        return (int) rows.stream().filter(BatchRow::accepted).count();
    }

    public int rejectedCount() {
        return rows.size() - acceptedCount();
    }
}
