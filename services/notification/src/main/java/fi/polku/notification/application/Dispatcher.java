package fi.polku.notification.application;

import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Takes due notifications off the delivery queue and hands each to a worker, never doing the sending itself: an
 * endpoint whose bulkhead is full is skipped for a moment without counting an attempt, one whose circuit is open
 * fails the attempt at once, and only admitted calls take a worker thread. So a slow or dead endpoint holds at most
 * its bulkhead's share of the workers, and the others are sent on time.
 */
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /**
     * @param batchSize how many due notifications one pass claims
     * @param lease     how long a claimed notification is the claimant's; longer than the slowest attempt
     * @param busyDelay how long a notification whose endpoint is busy waits before it is looked at again
     */
    public record Settings(int batchSize, Duration lease, Duration busyDelay) {
    }

    private final DeliveryQueue queue;
    private final DeliveryTargets targets;
    private final DeliveryAttempts attempts;
    private final EndpointGuards guards;
    private final Executor workers;
    private final Clock clock;
    private final Settings settings;

    public Dispatcher(DeliveryQueue queue, DeliveryTargets targets, DeliveryAttempts attempts, EndpointGuards guards,
                      Executor workers, Clock clock, Settings settings) {
        this.queue = queue;
        this.targets = targets;
        this.attempts = attempts;
        this.guards = guards;
        this.workers = workers;
        this.clock = clock;
        this.settings = settings;
    }

    /** One pass: claims what is due and dispatches it; returns how many it claimed. */
    public int dispatchDue() {
        Instant now = clock.instant();
        List<Notification> due = queue.claimDue(now, now.plus(settings.lease()), settings.batchSize());
        for (Notification notification : due) {
            try {
                dispatch(notification, now);
            } catch (RuntimeException e) {
                // the lease runs out and the notification is claimed again
                log.warn("Dispatching notification {} failed: {}", notification.id(), e.toString());
            }
        }
        return due.size();
    }

    private void dispatch(Notification notification, Instant now) {
        DeliveryTarget target;
        try {
            target = targets.resolve(notification);
        } catch (DeliveryTargets.Unreachable e) {
            attempts.record(notification, null, AttemptResult.permanent(null, e.getMessage()));
            return;
        }
        EndpointGuards.Admission admission = guards.admit(target.endpoint());
        switch (admission.verdict()) {
            case BUSY -> attempts.postpone(notification, now.plus(settings.busyDelay()));
            case CIRCUIT_OPEN -> attempts.record(notification, target.endpoint(),
                    AttemptResult.retryable(null, "circuit breaker open"));
            case GO -> {
                try {
                    workers.execute(() -> attempts.send(notification, target, admission.permit()));
                } catch (RejectedExecutionException full) {
                    admission.permit().cancel();
                    attempts.postpone(notification, now.plus(settings.busyDelay()));
                }
            }
        }
    }
}
