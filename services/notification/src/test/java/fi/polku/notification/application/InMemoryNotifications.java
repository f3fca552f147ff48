package fi.polku.notification.application;

import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Notifications in memory, also the delivery queue, as the Mongo store is. */
class InMemoryNotifications extends InMemoryAggregates<Notification> implements DeliveryQueue, DeliveryQueries,
        NeedsQueries {

    @Override
    public synchronized List<Notification> claimDue(Instant now, Instant leaseUntil, int max) {
        List<Notification> due = byId.values().stream()
                .filter(n -> n.status().isOpen() && !n.nextAttemptAt().orElseThrow().isAfter(now))
                .filter(n -> n.leaseUntil().map(l -> !l.isAfter(now)).orElse(true))
                .sorted(Comparator.comparing(n -> n.nextAttemptAt().orElseThrow())).limit(max).toList();
        due.forEach(n -> n.lease(leaseUntil));
        return due;
    }

    @Override
    public synchronized List<Notification> deliveries(DeliveryStatus status, Optional<Recipient> recipient, int page,
                                                      int size) {
        return byId.values().stream().filter(n -> n.channel().isSent() && n.status() == status)
                .filter(n -> recipient.map(n::isFor).orElse(true)).skip((long) page * size).limit(size).toList();
    }

    @Override
    public synchronized List<Notification> wordingNeedsOf(String householdId) {
        return byId.values().stream().filter(n -> n.household().filter(householdId::equals).isPresent()).toList();
    }

    synchronized List<Notification> of(Recipient recipient, Channel channel) {
        return byId.values().stream().filter(n -> n.isFor(recipient) && n.channel() == channel).toList();
    }

    synchronized Notification only(Recipient recipient, Channel channel, NotificationKind kind) {
        List<Notification> found = of(recipient, channel).stream().filter(n -> n.kind() == kind).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + kind + " to " + recipient + " over " + channel + ", found "
                    + found.size());
        }
        return found.get(0);
    }
}
