package fi.polku.kit.outbox;

import fi.polku.events.EventEnvelope;
import fi.polku.events.Topic;
import fi.polku.kit.store.AggregateStore;
import fi.polku.kit.tracing.TraceParents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes what the aggregates' outboxes hold, oldest aggregate first and each aggregate's events in order, and
 * removes an entry only after the broker acknowledged it. A crash between the two publishes the entry again after
 * the restart: consumers are idempotent, so at-least-once here is exactly-once in effect.
 *
 * <p>Each publication is observed as a continuation of the trace the entry recorded (its {@code traceparent}), so
 * the producer's Kafka headers carry the trace of the HTTP request or event that caused the change.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Duration pollInterval;
    private final int batchSize;
    private final Counter published;
    private final Counter failures;
    private final ObservationRegistry observations;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, List<AggregateStore<?>> stores, EventPublisher publisher, Clock clock,
                       Duration pollInterval, int batchSize, MeterRegistry meters, ObservationRegistry observations) {
        this.mongo = mongo;
        this.collections = stores.stream().map(AggregateStore::collection).distinct().toList();
        this.publisher = publisher;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.observations = observations;
        this.published = Counter.builder("polku.outbox.published").description("Events published from the outbox")
                .register(meters);
        this.failures = Counter.builder("polku.outbox.publish.failures")
                .description("Outbox publishing attempts that failed and will be retried").register(meters);
        Gauge.builder("polku.outbox.backlog", backlog, AtomicLong::get)
                .description("Aggregates with unpublished events").register(meters);
        Gauge.builder("polku.outbox.oldest.age.seconds", oldestAgeMillis, v -> v.get() / 1000.0)
                .description("Age of the oldest unpublished event").register(meters);
    }

    /** One pass over every outbox; returns how many events it published. Public for tests and tools. */
    public int relayOnce() {
        int count = 0;
        long pending = 0;
        Instant oldest = null;
        for (String collection : collections) {
            Query query = new Query(Criteria.where("outbox.0").exists(true))
                    .with(Sort.by("updatedAt")).limit(batchSize);
            query.fields().include("_id", "outbox");
            for (Document aggregate : mongo.find(query, Document.class, collection)) {
                List<Document> entries = aggregate.getList("outbox", Document.class);
                pending++;
                Instant first = entries.get(0).getDate("time").toInstant();
                oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
                count += publish(collection, aggregate.get("_id"), entries);
            }
        }
        backlog.set(pending);
        oldestAgeMillis.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        return count;
    }

    private int publish(String collection, Object aggregateId, List<Document> entries) {
        List<String> sent = new ArrayList<>();
        try {
            for (Document entry : entries) {
                EventEnvelope envelope = new EventEnvelope(UUID.fromString(entry.getString("eventId")),
                        entry.getString("type"), entry.getString("source"), instant(entry.get("time")), entry.getString("subject"),
                        entry.getString("data").getBytes(StandardCharsets.UTF_8));
                publishInTrace(Topic.valueOf(entry.getString("topic")), envelope, entry.getString(TraceParents.HEADER));
                sent.add(entry.getString("eventId"));
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Publishing the outbox of {}/{} failed after {} events; will retry: {}", collection, aggregateId,
                    sent.size(), e.toString());
        }
        if (!sent.isEmpty()) {
            // $inc version: a writer holding the old version must reload, so it can never write the entries back
            mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                    new Update().pull("outbox", Query.query(Criteria.where("eventId").in(sent)).getQueryObject())
                            .inc("version", 1),
                    collection);
            published.increment(sent.size());
        }
        return sent.size();
    }

    private void publishInTrace(Topic topic, EventEnvelope envelope, String traceparent) {
        ReceiverContext<String> context = new ReceiverContext<>((carrier, key) ->
                TraceParents.HEADER.equals(key) ? carrier : null);
        context.setCarrier(traceparent);
        context.setRemoteServiceName("outbox");
        Observation.createNotStarted("polku.outbox.relay", () -> context, observations)
                .contextualName("outbox relay " + topic.name())
                .lowCardinalityKeyValue("topic", topic.name())
                .observe(() -> publisher.publish(topic, envelope));
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::relaySafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void relaySafely() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // start after the binder, stop before it: the last pass still has a producer
        return Integer.MAX_VALUE - 1000;
    }
}
