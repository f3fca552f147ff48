package fi.polku.notification.domain;

/** How a notification reaches its recipient. The inbox needs no sending: being there is the delivery. */
public enum Channel {
    INBOX
}
