package fi.polku.kit.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Refreshes every {@link StoredGauges} of the service on one daemon thread, first right after start-up. */
public class GaugeRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GaugeRefresher.class);

    private final List<StoredGauges> gauges;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public GaugeRefresher(List<StoredGauges> gauges, Duration interval) {
        this.gauges = List.copyOf(gauges);
        this.interval = interval;
    }

    /** One refresh of every gauge; a failing one does not keep the others stale. */
    public void refreshAll() {
        for (StoredGauges g : gauges) {
            try {
                g.refresh();
            } catch (RuntimeException e) {
                log.warn("Refreshing {} failed: {}", g.getClass().getSimpleName(), e.toString());
            }
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null || gauges.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gauge-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refreshAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
