package fi.polku.notification.application;

import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;
import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;

import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Operators' and recipients' view of the sent channels: deliveries by status (failed ones above all), each with
 * its history, and re-sending a failed one. {@code scope} is the one recipient a caller may see, or empty for all.
 */
public class Deliveries {

    private final Aggregates<Notification> notifications;
    private final DeliveryQueries queries;
    private final Clock clock;

    public Deliveries(Aggregates<Notification> notifications, DeliveryQueries queries, Clock clock) {
        this.notifications = notifications;
        this.queries = queries;
        this.clock = clock;
    }

    public List<Notification> list(DeliveryStatus status, Optional<Recipient> scope, int page, int size) {
        return queries.deliveries(status, scope, page, size);
    }

    public Notification get(String id, Optional<Recipient> scope) {
        Notification delivery = notifications.find(id).filter(n -> n.channel().isSent())
                .orElseThrow(() -> new NotFound("delivery", id));
        if (!scope.map(delivery::isFor).orElse(true)) {
            throw new AccessDeniedException("Not your delivery");
        }
        return delivery;
    }

    /** Queues a failed delivery again; it keeps its id, so the receiver sees the same idempotency key. */
    public Notification resend(String id, Optional<Recipient> scope) {
        get(id, scope);
        return notifications.update(id, n -> {
            n.resend(clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return List.of();
        });
    }
}
