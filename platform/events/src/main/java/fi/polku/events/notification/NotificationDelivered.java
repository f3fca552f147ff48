package fi.polku.events.notification;

import fi.polku.events.PolkuEvent;

import java.time.Instant;

/** The outcome of delivering one notification to one recipient over one channel. */
public record NotificationDelivered(String notificationId, String recipient, String channel, String outcome,
                                    String sourceEventId, Instant at) implements PolkuEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
