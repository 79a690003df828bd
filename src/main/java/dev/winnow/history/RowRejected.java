package dev.winnow.history;

/** A log row that cannot become a decision; {@link #reason()} is the counting key of the import report. */
final class RowRejected extends Exception {
    private final String reason;

    RowRejected(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
