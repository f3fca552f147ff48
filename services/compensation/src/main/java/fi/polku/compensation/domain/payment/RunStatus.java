package fi.polku.compensation.domain.payment;

public enum RunStatus {
    /** Lines are being written; they count for nothing until the run completes. */
    RUNNING,
    /** Closed: its lines are part of the ledger and are never changed. */
    COMPLETED
}
