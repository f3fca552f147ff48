package fi.polku.kit.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GaugeRefresherTest {

    @Test
    void aGaugeThatFailsDoesNotKeepTheOthersStale() {
        AtomicInteger refreshed = new AtomicInteger();
        StoredGauges broken = () -> {
            throw new IllegalStateException("store down");
        };
        GaugeRefresher refresher = new GaugeRefresher(List.of(broken, refreshed::incrementAndGet), Duration.ofHours(1));

        refresher.refreshAll();
        refresher.refreshAll();

        assertThat(refreshed).hasValue(2);
    }

    @Test
    void refreshesRightAfterStartAndThenOnItsSchedule() {
        AtomicInteger refreshed = new AtomicInteger();
        GaugeRefresher refresher = new GaugeRefresher(List.of(refreshed::incrementAndGet), Duration.ofMillis(50));
        refresher.start();
        try {
            assertThat(refresher.isRunning()).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> refreshed.get() >= 3);
        } finally {
            refresher.stop();
        }
        assertThat(refresher.isRunning()).isFalse();
    }
}
