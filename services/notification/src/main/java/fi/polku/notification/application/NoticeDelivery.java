package fi.polku.notification.application;

import fi.polku.kit.store.Aggregates;
import fi.polku.kit.store.Aggregates.Change;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryOutcome;
import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.RenderedMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Turns a notice into notifications, once per (event, recipient, channel): always one in the recipient's inbox
 * (delivered as it is written, with its {@code NotificationDelivered} in the same document), and one for each
 * channel the recipient wants this kind on, queued for the dispatcher. A redelivered event writes nothing new.
 */
public class NoticeDelivery {

    private final Aggregates<Notification> notifications;
    private final RecipientLanguages languages;
    private final MessageRenderer renderer;
    private final ChannelSettings channels;
    private final String inboxUrl;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    /** @param inboxUrl the public base URL of this service's API, for links in e-mails to the inbox */
    public NoticeDelivery(Aggregates<Notification> notifications, RecipientLanguages languages,
                          MessageRenderer renderer, ChannelSettings channels, String inboxUrl, Clock clock,
                          DeliveryMetrics metrics) {
        this.notifications = notifications;
        this.languages = languages;
        this.renderer = renderer;
        this.channels = channels;
        this.inboxUrl = inboxUrl;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Returns whether this call put it in the inbox (false for a redelivered event). */
    public boolean deliver(UUID sourceEventId, Notice notice) {
        List<Language> in = languages.of(notice.recipient());
        String inboxId = Notification.idFor(sourceEventId, notice.recipient(), Channel.INBOX);
        boolean created = notifications.createOnce(sourceEventId, inboxId, () -> {
            Notification notification = withNeeds(notice, Notification.inInbox(sourceEventId, notice.recipient(),
                    notice.kind(), notice.about(), notice.link(), render(notice, in), now()));
            return new Change<>(notification, List.of(notification.delivered()));
        });
        if (created) {
            metrics.count(Channel.INBOX, DeliveryOutcome.DELIVERED);
        }
        for (Channel channel : channels.channelsFor(notice.recipient(), notice.kind())) {
            String id = Notification.idFor(sourceEventId, notice.recipient(), channel);
            notifications.createOnce(sourceEventId, id, () -> {
                List<RenderedMessage> messages = channel == Channel.EMAIL
                        ? renderer.forEmail(render(notice, in), inboxUrl + "/api/v1/inbox/" + inboxId)
                        : render(notice, in);
                return new Change<>(withNeeds(notice, Notification.toSend(sourceEventId, notice.recipient(), channel,
                        notice.kind(), notice.about(), notice.link(), messages, now())), List.of());
            });
        }
        return created;
    }

    private static Notification withNeeds(Notice notice, Notification notification) {
        return notice.needs() == null ? notification
                : notification.wordingNeedsOf(notice.needs().householdId(), notice.needs().needs());
    }

    private List<RenderedMessage> render(Notice notice, List<Language> in) {
        return renderer.render(notice.kind(), in, notice.facts());
    }

    /** Milliseconds, as the store keeps them: what is published must equal what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
