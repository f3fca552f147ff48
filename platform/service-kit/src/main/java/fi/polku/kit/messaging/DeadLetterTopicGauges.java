package fi.polku.kit.messaging;

import fi.polku.events.Topic;
import fi.polku.kit.metrics.StoredGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records waiting in each of the service's dead-letter topics ({@code polku.kafka.dead.letter.records}), asked
 * of the broker. Unlike the counter {@link DeadLetters} keeps, this survives restarts and scale-outs: the alert
 * stays on until someone has dealt with the dead letters (replayed them and deleted the records). The consumer lag
 * comes from the binder ({@code spring.cloud.stream.binder.kafka.offset}).
 */
public class DeadLetterTopicGauges implements StoredGauges, AutoCloseable {

    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final String group;
    private final List<String> inputs;
    private final MultiGauge records;

    public DeadLetterTopicGauges(Admin admin, String group, Collection<String> inputs, MeterRegistry meters) {
        this.admin = admin;
        this.group = group;
        this.inputs = List.copyOf(inputs);
        this.records = MultiGauge.builder("polku.kafka.dead.letter.records")
                .description("Records in the service's dead-letter topic of an input").register(meters);
    }

    @Override
    public void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (String input : inputs) {
                String topic = Topic.deadLetterTopicName(input, group);
                rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), waiting(topic)));
            }
            records.register(rows, true);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read offsets from the broker: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records between the earliest and the latest offset; a topic that does not exist yet holds none. */
    private long waiting(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions;
        try {
            partitions = admin.describeTopics(List.of(topic)).topicNameValues().get(topic)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (ExecutionException missing) {
            return 0;
        }
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        return partitions.stream().mapToLong(p -> latest.get(p) - earliest.get(p)).sum();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
