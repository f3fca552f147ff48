package fi.polku.testkit;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Looks at topics from the outside, as any Kafka client would: reads everything a topic holds and sends raw
 * records (for poison events and redeliveries). Use with Awaitility: {@code await().until(() -> probe.records(t)...)}.
 */
public final class KafkaProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final Map<String, KafkaConsumer<String, byte[]>> readers = new HashMap<>();
    private final Map<String, List<ConsumerRecord<String, byte[]>>> seen = new HashMap<>();
    private KafkaProducer<String, byte[]> producer;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaProbe shared() {
        return new KafkaProbe(PolkuInfrastructure.get().kafkaBootstrapServers());
    }

    /** Everything the topic holds so far (polls once more on each call). */
    public synchronized List<ConsumerRecord<String, byte[]>> records(String topic) {
        KafkaConsumer<String, byte[]> reader = readers.computeIfAbsent(topic, this::reader);
        List<ConsumerRecord<String, byte[]>> all = seen.computeIfAbsent(topic, t -> new ArrayList<>());
        if (reader.assignment().isEmpty()) {
            var partitions = reader.partitionsFor(topic, Duration.ofSeconds(2));
            if (partitions == null || partitions.isEmpty()) {
                return List.copyOf(all);
            }
            var assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            reader.assign(assigned);
            reader.seekToBeginning(assigned);
        }
        reader.poll(Duration.ofMillis(200)).forEach(all::add);
        return List.copyOf(all);
    }

    /** The records of a topic whose CloudEvents type header is {@code type}. */
    public List<ConsumerRecord<String, byte[]>> records(String topic, String type) {
        return records(topic).stream().filter(r -> type.equals(header(r, "ce_type"))).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<?, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    public void send(String topic, String key, Map<String, String> headers, byte[] value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Publishes {@code event} as its writer would: a binary-mode CloudEvent keyed by its subject. Returns its id. */
    public UUID publish(String topic, PolkuEvent event) {
        UUID id = UUID.randomUUID();
        send(topic, event.subject(), cloudEventHeaders(id, EventType.of(event), event.subject()),
                EventCodec.json().writeValueAsBytes(event));
        return id;
    }

    /** The CloudEvents attributes (binary mode) of an event of {@code type} as its writer sets them. */
    public static Map<String, String> cloudEventHeaders(UUID id, EventType type, String subject) {
        Map<String, String> h = new HashMap<>();
        h.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        h.put(CloudEventHeaders.ID, id.toString());
        h.put(CloudEventHeaders.TYPE, type.typeName());
        h.put(CloudEventHeaders.SOURCE, "/polku/" + type.topic().writer());
        h.put(CloudEventHeaders.TIME, Instant.now().toString());
        h.put(CloudEventHeaders.SUBJECT, subject);
        h.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return h;
    }

    /** Sends a record again exactly as it was: the same CloudEvents id, so consumers must see a duplicate. */
    public void redeliver(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        send(record.topic(), record.key(), headers, record.value());
    }

    private KafkaConsumer<String, byte[]> reader(String topic) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public synchronized void close() {
        readers.values().forEach(KafkaConsumer::close);
        if (producer != null) {
            producer.close();
        }
    }
}
