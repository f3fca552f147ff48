package fi.polku.notification.application;

import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.DeliveryOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts delivery outcomes: {@code polku.notifications{channel, outcome}}. */
public class DeliveryMetrics {

    static final String METRIC = "polku.notifications";

    private final MeterRegistry meters;

    public DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(Channel channel, DeliveryOutcome outcome) {
        Counter.builder(METRIC).description("Notification delivery outcomes by channel")
                .tag("channel", channel.name()).tag("outcome", outcome.name()).register(meters).increment();
    }
}
