package fi.polku.notification.domain;

/** The outcome of one delivery attempt, as published in {@code NotificationDelivered} and counted in the metric. */
public enum DeliveryOutcome {
    /** The recipient has it. */
    DELIVERED,
    /** The attempt failed; another follows after a back-off. */
    RETRYING,
    /** The last attempt failed, or the recipient refused it: an operator can re-send it. */
    FAILED
}
