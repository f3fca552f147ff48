package fi.polku.kit.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The defaults every Polku service shares, added with the lowest precedence so that a service's own configuration
 * or the environment overrides any of them.
 */
public class PolkuDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "polkuServiceKitDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        // binder: one consumer group per service, bounded retries with back-off, a dead-letter topic per input
        d.put("spring.cloud.stream.default.group", "${spring.application.name}");
        d.put("spring.cloud.stream.default.consumer.max-attempts", "4");
        d.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "200");
        d.put("spring.cloud.stream.default.consumer.back-off-multiplier", "2.0");
        d.put("spring.cloud.stream.default.consumer.back-off-max-interval", "2000");
        d.put("spring.cloud.stream.default.consumer.default-retryable", "true");
        d.put("spring.cloud.stream.default.consumer.retryable-exceptions[fi.polku.events.EventRejectedException]", "false");
        d.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        d.put("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest");
        // producers: the outbox relay needs to know the broker has the event before it clears the entry
        d.put("spring.cloud.stream.kafka.default.producer.sync", "true");
        d.put("spring.cloud.stream.kafka.binder.required-acks", "all");
        d.put("spring.cloud.stream.kafka.binder.producer-properties.enable.idempotence", "true");
        d.put("spring.cloud.stream.kafka.binder.producer-properties.max.in.flight.requests.per.connection", "5");
        d.put("spring.cloud.stream.kafka.binder.consumer-properties.isolation.level", "read_committed");
        d.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
        // web: problem details everywhere, unknown fields rejected, small requests
        d.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        d.put("spring.jackson.deserialization.fail-on-null-for-primitives", "false");
        d.put("spring.servlet.multipart.max-request-size", "1MB");
        d.put("server.tomcat.max-swallow-size", "1MB");
        d.put("server.tomcat.max-http-form-post-size", "1MB");
        d.put("server.max-http-request-header-size", "16KB");
        d.put("polku.web.max-request-size", "256KB"); // RequestSizeLimit: 413 problem+json beyond it
        d.put("server.error.include-message", "never");
        d.put("server.shutdown", "graceful");
        // operations: health groups for probes, Prometheus, a service tag on every meter
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.group.readiness.include", "readinessState,mongo");
        d.put("management.health.binders.enabled", "true");
        d.put("management.health.mongo.enabled", "false"); // replaced by MongoPingHealthIndicator
        d.put("management.metrics.tags.service", "${spring.application.name}");
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        d.put("management.metrics.distribution.slo.http.server.requests", "50ms,100ms,250ms,500ms,1s,2s,5s");
        // tracing: every request and event traced (volumes are small), W3C traceparent on HTTP and Kafka, and the
        // trace id in every log line; the binder observes producers and consumers so the headers carry the trace
        d.put("management.tracing.sampling.probability", "1.0");
        d.put("management.tracing.propagation.type", "w3c");
        // no exemplars in the scrape: Prometheus before 2.43 (Debian's) rejects the whole scrape over an exemplar on
        // a histogram's _count; turn on (sampled-traces) where Prometheus 3 and a trace store are in place
        d.put("management.tracing.exemplars.include", "none");
        d.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
        d.put("logging.pattern.correlation", "[%X{traceId:-},%X{spanId:-}] ");
        // gauges computed from the store are refreshed on this schedule, never per scrape
        d.put("polku.metrics.refresh-interval", "PT30S");
        d.put("springdoc.api-docs.path", "/v3/api-docs");
        d.put("polku.kafka.topic-prefix", "");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, d));
    }
}
