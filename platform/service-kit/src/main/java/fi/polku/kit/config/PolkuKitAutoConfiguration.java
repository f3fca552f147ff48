package fi.polku.kit.config;

import fi.polku.events.EventCodec;
import fi.polku.kit.health.MongoPingHealthIndicator;
import fi.polku.kit.messaging.DeadLetters;
import fi.polku.kit.messaging.DeadLetterTopicGauges;
import fi.polku.kit.metrics.GaugeRefresher;
import fi.polku.kit.metrics.StoredGauges;
import fi.polku.kit.messaging.StreamBridgePublisher;
import fi.polku.kit.messaging.TopicNames;
import fi.polku.kit.outbox.EventPublisher;
import fi.polku.kit.outbox.OutboxRelay;
import fi.polku.kit.store.AggregateStore;
import fi.polku.kit.web.ProblemHandler;
import fi.polku.kit.web.RequestSizeLimit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The dead-letter topics of the service's inputs, asked of the broker with the binder's connection settings
     * ({@code spring.cloud.stream.kafka.binder.brokers} and {@code .configuration.*}, e.g. SASL and TLS).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "polku.metrics.dead-letter-topics.enabled", havingValue = "true", matchIfMissing = true)
    DeadLetterTopicGauges deadLetterTopicGauges(Environment environment, BindingServiceProperties bindings,
                                          @Value("${spring.application.name}") String group,
                                          MeterRegistry meters) {
        Binder binder = Binder.get(environment);
        Map<String, Object> config = new HashMap<>(binder.bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", binder.bind(
                "spring.cloud.stream.kafka.binder.brokers", Bindable.listOf(String.class)).orElse(List.of("localhost:9092"))));
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, group + "-dead-letter-gauges");
        boolean dlqByDefault = binder.bind("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class)
                .orElse(false);
        Map<String, KafkaBinding> kafkaBindings = binder.bind("spring.cloud.stream.kafka.bindings",
                Bindable.mapOf(String.class, KafkaBinding.class)).orElse(Map.of());
        // the inputs whose failures go to a dead-letter topic (a binding may turn it off, like a dead-letter reader)
        List<String> inputs = bindings.getBindings().entrySet().stream()
                .filter(b -> b.getKey().contains("-in-") && b.getValue().getDestination() != null)
                .filter(b -> Optional.ofNullable(kafkaBindings.get(b.getKey())).map(KafkaBinding::consumer)
                        .map(KafkaConsumer::enableDlq).orElse(dlqByDefault))
                .flatMap(b -> Arrays.stream(b.getValue().getDestination().split(","))) // a binding may read several
                .map(String::trim).filter(t -> !t.isEmpty()).distinct().sorted().toList();
        return new DeadLetterTopicGauges(Admin.create(config), group, inputs, meters);
    }

    /** {@code spring.cloud.stream.kafka.bindings.<binding>}: only what the dead-letter gauges need. */
    record KafkaBinding(KafkaConsumer consumer) {
    }

    record KafkaConsumer(Boolean enableDlq) {
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

    /** Before everything else, security included: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${polku.web.max-request-size}") DataSize limit) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
