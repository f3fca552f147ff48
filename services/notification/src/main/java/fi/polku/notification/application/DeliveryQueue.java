package fi.polku.notification.application;

import fi.polku.notification.domain.Notification;

import java.time.Instant;
import java.util.List;

/** The persistent queue of notifications to send: webhook and e-mail notifications still pending or retrying. */
public interface DeliveryQueue {

    /**
     * Claims up to {@code max} notifications that are due at {@code now} and not claimed by a live lease; each is
     * leased until {@code leaseUntil}. If its worker dies, the lease runs out and the notification is claimed again,
     * and sent again with the same id as its idempotency key.
     */
    List<Notification> claimDue(Instant now, Instant leaseUntil, int max);
}
