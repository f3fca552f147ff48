package fi.polku.notification.domain;

/** The outcome of one delivery, as published in {@code NotificationDelivered} and counted in the metric. */
public enum DeliveryOutcome {
    DELIVERED
}
