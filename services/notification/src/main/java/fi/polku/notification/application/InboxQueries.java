package fi.polku.notification.application;

import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;

import java.util.List;

/** Read side of the inbox. */
public interface InboxQueries {

    /** One page of the recipient's notifications, newest first; only unread ones if {@code unreadOnly}. */
    List<Notification> forRecipient(Recipient recipient, boolean unreadOnly, int page, int size);
}
