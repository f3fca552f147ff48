package fi.polku.notification.adapter.in.scheduling;

import fi.polku.notification.application.Dispatcher;
import fi.polku.notification.application.OfferReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dispatcher over the delivery queue every poll interval and the offer-reminder check every check
 * interval. Starts after, and stops before, the outbox relay, so the last outcomes are still published; on stop it
 * lets the workers finish their calls (an unfinished one is sent again after its lease, with the same key).
 */
public class DeliveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

    private final Dispatcher dispatcher;
    private final OfferReminders reminders;
    private final ExecutorService workers;
    private final Duration pollInterval;
    private final Duration reminderInterval;
    private ScheduledExecutorService timer;

    public DeliveryScheduler(Dispatcher dispatcher, OfferReminders reminders, ExecutorService workers,
                             Duration pollInterval, Duration reminderInterval) {
        this.dispatcher = dispatcher;
        this.reminders = reminders;
        this.workers = workers;
        this.pollInterval = pollInterval;
        this.reminderInterval = reminderInterval;
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "notification-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> safely("dispatch", dispatcher::dispatchDue), 0, pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> safely("offer reminders", reminders::remindDue), 0,
                reminderInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void safely(String what, Runnable pass) {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.warn("A {} pass failed: {}", what, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        workers.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
            workers.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    @Override
    public int getPhase() {
        // the outbox relay runs at MAX - 1000: start after it, stop before it
        return Integer.MAX_VALUE - 500;
    }
}
