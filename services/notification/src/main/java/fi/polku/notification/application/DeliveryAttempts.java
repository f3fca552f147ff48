package fi.polku.notification.application;

import fi.polku.kit.store.Aggregates;
import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.DeliveryOutcome;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes one attempt to send a notification and records what came of it: the attempt in the notification's history,
 * its status and next attempt, and the {@code NotificationDelivered} outcome event, in one document write.
 */
public class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);
    private static final RetryPolicy NO_RETRY = failed -> Optional.empty();

    private final Aggregates<Notification> notifications;
    private final WebhookTransport webhooks;
    private final EmailTransport email;
    private final EndpointGuards guards;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    public DeliveryAttempts(Aggregates<Notification> notifications, WebhookTransport webhooks, EmailTransport email,
                            EndpointGuards guards, Clock clock, DeliveryMetrics metrics) {
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.email = email;
        this.guards = guards;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Sends under {@code permit}, gives the permit back, and records the outcome. */
    public void send(Notification notification, DeliveryTarget target, EndpointGuards.Permit permit) {
        long started = System.nanoTime();
        AttemptResult result;
        try {
            if (target instanceof DeliveryTarget.WebhookTarget webhook) {
                result = webhooks.post(notification, webhook.url(), webhook.secret());
            } else {
                result = email.send(notification, ((DeliveryTarget.EmailTarget) target).addresses());
            }
        } catch (RuntimeException e) {
            result = AttemptResult.retryable(null, "unexpected " + e.getClass().getSimpleName());
        }
        permit.finished(Duration.ofNanos(System.nanoTime() - started), result.endpointFailed());
        record(notification, target.endpoint(), result);
    }

    /** Records an attempt's result; {@code endpoint} null for a failure that no retry can mend. */
    public void record(Notification notification, String endpoint, AttemptResult result) {
        RetryPolicy policy = endpoint == null ? NO_RETRY : guards.retryPolicy(endpoint);
        AtomicReference<DeliveryOutcome> outcome = new AtomicReference<>();
        notifications.update(notification.id(), n -> n.recordAttempt(now(), result, policy).map(event -> {
            outcome.set(DeliveryOutcome.valueOf(event.outcome()));
            return List.of(event);
        }).orElse(List.of()));
        if (outcome.get() == null) {
            return;
        }
        metrics.count(notification.channel(), outcome.get());
        if (outcome.get() == DeliveryOutcome.FAILED) {
            log.warn("{} notification {} to {} FAILED: {}", notification.channel(), notification.id(),
                    notification.recipient(), result.error());
        } else if (outcome.get() == DeliveryOutcome.RETRYING) {
            log.debug("{} notification {} to {} will be retried: {}", notification.channel(), notification.id(),
                    notification.recipient(), result.error());
        }
    }

    /** Puts it back in the queue without counting an attempt: its endpoint is busy with others. */
    public void postpone(Notification notification, Instant until) {
        notifications.update(notification.id(), n -> {
            n.postpone(until);
            return List.of();
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
