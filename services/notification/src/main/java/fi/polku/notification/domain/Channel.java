package fi.polku.notification.domain;

/**
 * How a notification reaches its recipient. The inbox needs no sending: being there is the delivery. Webhooks and
 * e-mail are sent from the delivery queue, with retries, and each keeps its delivery history.
 */
public enum Channel {
    INBOX, WEBHOOK, EMAIL;

    /** Whether notifications on this channel are sent (and so queued, retried and possibly failed). */
    public boolean isSent() {
        return this != INBOX;
    }
}
