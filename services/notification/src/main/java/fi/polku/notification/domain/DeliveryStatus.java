package fi.polku.notification.domain;

/** Where a notification's delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt (or for one after a re-send). */
    PENDING,
    /** An attempt failed; the next one is due at {@code nextAttemptAt}. */
    RETRYING,
    DELIVERED,
    FAILED;

    /** Whether the delivery queue still has work to do for it. */
    public boolean isOpen() {
        return this == PENDING || this == RETRYING;
    }
}
