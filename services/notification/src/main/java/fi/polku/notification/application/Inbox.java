package fi.polku.notification.application;

import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;

import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A recipient's use cases on their own inbox. Someone else's notification is "not found": a reader must not learn
 * that it exists.
 */
public class Inbox {

    private final Aggregates<Notification> notifications;
    private final InboxQueries queries;
    private final Clock clock;

    public Inbox(Aggregates<Notification> notifications, InboxQueries queries, Clock clock) {
        this.notifications = notifications;
        this.queries = queries;
        this.clock = clock;
    }

    public List<Notification> list(Recipient reader, boolean unreadOnly, int page, int size) {
        return queries.forRecipient(reader, unreadOnly, page, size);
    }

    public Notification get(String id, Recipient reader) {
        Notification notification = notifications.find(id).filter(n -> n.channel() == Channel.INBOX)
                .orElseThrow(() -> new NotFound("notification", id));
        if (!notification.isFor(reader)) {
            // another recipient's: refused like every record of another scope (the id is a random UUID)
            throw new AccessDeniedException("Not your notification");
        }
        return notification;
    }

    public Notification markRead(String id, Recipient reader) {
        Notification notification = get(id, reader);
        if (notification.isRead()) {
            return notification;
        }
        return notifications.update(id, n -> {
            // milliseconds, as the store keeps them: this answer must equal every later one
            n.markRead(clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return List.of();
        });
    }
}
