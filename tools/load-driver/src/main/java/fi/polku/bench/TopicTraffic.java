package fi.polku.bench;

import fi.polku.events.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the path wrote to the registry's topics between two moments: records per topic (end offsets) and their mean
 * size on the wire (key, value and headers, read back once), so the raw broker can be given the same load.
 */
final class TopicTraffic implements AutoCloseable {

    /** The end offset of every partition of the registry's topics that exist. */
    record Offsets(Map<TopicPartition, Long> ends) {

        long records(Topic topic, Offsets before) {
            return ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic.topicName()))
                    .mapToLong(e -> e.getValue() - before.ends().getOrDefault(e.getKey(), 0L)).sum();
        }
    }

    private final String bootstrap;
    private final Admin admin;

    TopicTraffic(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    Offsets offsets() {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<String> names = java.util.Arrays.stream(Topic.values()).map(Topic::topicName)
                    .filter(existing::contains).toList();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(names).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return new Offsets(ends);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the topics' offsets failed", e.getCause());
        }
    }

    /** Mean bytes of key, value and headers of the records written between the two offsets. */
    double meanRecordBytes(Offsets before, Offsets after) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        long bytes = 0;
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> wanted = new HashMap<>();
            after.ends().forEach((tp, end) -> {
                long start = before.ends().getOrDefault(tp, 0L);
                if (end > start) {
                    wanted.put(tp, end);
                }
            });
            consumer.assign(wanted.keySet());
            wanted.keySet().forEach(tp -> consumer.seek(tp, before.ends().getOrDefault(tp, 0L)));
            Instant deadline = Instant.now().plusSeconds(60);
            while (!wanted.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    Long end = wanted.get(tp);
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    bytes += Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
                    for (Header header : record.headers()) {
                        bytes += header.key().length() + (header.value() == null ? 0 : header.value().length);
                    }
                    records++;
                    if (record.offset() + 1 >= end) {
                        wanted.remove(tp);
                        consumer.pause(List.of(tp));
                    }
                }
            }
        }
        return records == 0 ? 0 : bytes / (double) records;
    }

    @Override
    public void close() {
        admin.close();
    }
}
