package fi.polku.kit.config;

import fi.polku.events.EventCodec;
import fi.polku.kit.health.MongoPingHealthIndicator;
import fi.polku.kit.messaging.DeadLetters;
import fi.polku.kit.metrics.GaugeRefresher;
import fi.polku.kit.metrics.StoredGauges;
import fi.polku.kit.messaging.StreamBridgePublisher;
import fi.polku.kit.messaging.TopicNames;
import fi.polku.kit.outbox.EventPublisher;
import fi.polku.kit.outbox.OutboxRelay;
import fi.polku.kit.store.AggregateStore;
import fi.polku.kit.web.ProblemHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;

/** What every Polku service gets by depending on the service kit. */
@AutoConfiguration
public class PolkuKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventCodec eventCodec(@Value("${spring.application.name}") String service) {
        return new EventCodec("/polku/" + service);
    }

    @Bean
    TopicNames topicNames(@Value("${polku.kafka.topic-prefix:}") String prefix) {
        return new TopicNames(prefix);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(StreamBridge bridge, TopicNames topics) {
        return new StreamBridgePublisher(bridge, topics);
    }

    @Bean
    @ConditionalOnProperty(name = "polku.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, ObjectProvider<AggregateStore<?>> stores, EventPublisher publisher,
                            Clock clock, MeterRegistry meters, ObjectProvider<ObservationRegistry> observations,
                            @Value("${polku.outbox.poll-interval:PT0.1S}") Duration pollInterval,
                            @Value("${polku.outbox.batch-size:200}") int batchSize) {
        return new OutboxRelay(mongo, stores.orderedStream().toList(), publisher, clock, pollInterval, batchSize,
                meters, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    GaugeRefresher gaugeRefresher(ObjectProvider<StoredGauges> gauges,
                                  @Value("${polku.metrics.refresh-interval:PT30S}") Duration interval) {
        return new GaugeRefresher(gauges.orderedStream().toList(), interval);
    }

    @Bean
    DeadLetters deadLetters(@Value("${spring.application.name}") String group, MeterRegistry meters) {
        return new DeadLetters(group, meters);
    }

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }
}
