package io.numguard.complaint.intake;

/** The whole batch is refused before any row is looked at ({@link IntakeRefusalReason#BATCH_TOO_LARGE}, 413). */
public class BatchTooLargeException extends IllegalArgumentException {
    private final int rows;
    private final int maxRows;

    public BatchTooLargeException(int rows, int maxRows) {
        super("a batch holds at most " + maxRows + " rows, got " + rows);
        this.rows = rows;
        this.maxRows = maxRows;
    }

    public IntakeRefusalReason reason() {
        return IntakeRefusalReason.BATCH_TOO_LARGE;
    }

    public int rows() {
        return rows;
    }

    public int maxRows() {
        return maxRows;
    }
}
