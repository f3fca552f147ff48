package fi.polku.notification.application;

import fi.polku.kit.store.Aggregates;
import fi.polku.kit.store.Aggregates.Change;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryOutcome;
import fi.polku.notification.domain.Notification;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Puts notices into recipients' inboxes, once per (event, recipient, channel): the notification and its
 * {@code NotificationDelivered} event are written in one document, and a redelivered event writes nothing.
 */
public class InboxDelivery {

    static final String METRIC = "polku.notifications";

    private final Aggregates<Notification> notifications;
    private final RecipientLanguages languages;
    private final MessageRenderer renderer;
    private final Clock clock;
    private final MeterRegistry meters;

    public InboxDelivery(Aggregates<Notification> notifications, RecipientLanguages languages,
                         MessageRenderer renderer, Clock clock, MeterRegistry meters) {
        this.notifications = notifications;
        this.languages = languages;
        this.renderer = renderer;
        this.clock = clock;
        this.meters = meters;
    }

    /** Returns whether this call delivered it (false for a redelivered event). */
    public boolean deliver(UUID sourceEventId, Notice notice) {
        String id = Notification.idFor(sourceEventId, notice.recipient(), Channel.INBOX);
        boolean created = notifications.createOnce(sourceEventId, id, () -> {
            var messages = renderer.render(notice.kind(), languages.of(notice.recipient()), notice.facts());
            Notification notification = Notification.inInbox(sourceEventId, notice.recipient(), notice.kind(),
                    notice.about(), notice.link(), messages, now());
            return new Change<>(notification, List.of(notification.delivered()));
        });
        if (created) {
            meters.counter(METRIC, "channel", Channel.INBOX.name(), "outcome", DeliveryOutcome.DELIVERED.name())
                    .increment();
        }
        return created;
    }

    /** Milliseconds, as the store keeps them: what is published must equal what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
