package fi.polku.operations.domain;

import java.time.Instant;

/**
 * The latest delivery outcome of one notification (one recipient, one channel). Outcomes may arrive out of order
 * after a resend, so the one with the latest time stands.
 */
public class NotificationOutcome {

    private String notificationId;
    private String recipient;
    private String channel;
    private String outcome;
    private Instant at;

    private NotificationOutcome() {
        // for the store
    }

    public static NotificationOutcome of(String notificationId) {
        NotificationOutcome n = new NotificationOutcome();
        n.notificationId = notificationId;
        return n;
    }

    public void outcome(String recipient, String channel, String outcome, Instant at) {
        if (this.at == null || !at.isBefore(this.at)) {
            this.recipient = recipient;
            this.channel = channel;
            this.outcome = outcome;
            this.at = at;
        }
    }

    public boolean failed() {
        return "FAILED".equals(outcome);
    }

    public String notificationId() {
        return notificationId;
    }

    public String recipient() {
        return recipient;
    }

    public String channel() {
        return channel;
    }

    public String outcome() {
        return outcome;
    }

    public Instant at() {
        return at;
    }
}
