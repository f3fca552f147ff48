package fi.polku.kit.messaging;

import fi.polku.kit.metrics.StoredGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What waits on the broker for this service, asked of the broker itself: the consumer lag of its group on each
 * input topic ({@code polku.kafka.consumer.lag}) and the records in each of its dead-letter topics
 * ({@code polku.kafka.dead.letter.records}). Unlike a counter in the consumer, both survive restarts and scale-outs:
 * a dead-letter topic stays non-empty until someone deals with it.
 */
public class KafkaBacklogGauges implements StoredGauges, AutoCloseable {

    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final String group;
    private final List<String> inputs;
    private final MultiGauge lag;
    private final MultiGauge deadLetters;

    public KafkaBacklogGauges(Admin admin, String group, Collection<String> inputs, MeterRegistry meters) {
        this.admin = admin;
        this.group = group;
        this.inputs = List.copyOf(inputs);
        this.lag = MultiGauge.builder("polku.kafka.consumer.lag")
                .description("Records of the input topic the service's consumer group has not consumed yet")
                .register(meters);
        this.deadLetters = MultiGauge.builder("polku.kafka.dead.letter.records")
                .description("Records in the service's dead-letter topic of an input").register(meters);
    }

    /** The dead-letter topic of an input, as {@link DeadLetters} names it. */
    public static String deadLetterTopic(String input, String group) {
        return input + "." + group + ".dlt";
    }

    @Override
    public void refresh() {
        try {
            Map<String, List<TopicPartition>> partitions = partitions();
            List<TopicPartition> all = partitions.values().stream().flatMap(List::stream).toList();
            Map<TopicPartition, Long> latest = offsets(all, OffsetSpec.latest());
            Map<TopicPartition, Long> earliest = offsets(all, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<MultiGauge.Row<?>> lagRows = new ArrayList<>();
            List<MultiGauge.Row<?>> deadLetterRows = new ArrayList<>();
            for (String input : inputs) {
                long behind = sum(partitions.get(input), p -> latest.get(p) - position(committed.get(p), earliest.get(p)));
                lagRows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", input), behind));
                String deadLetterTopic = deadLetterTopic(input, group);
                long waiting = sum(partitions.get(deadLetterTopic), p -> latest.get(p) - earliest.get(p));
                deadLetterRows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", deadLetterTopic), waiting));
            }
            lag.register(lagRows, true);
            deadLetters.register(deadLetterRows, true);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read offsets from the broker: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The partitions of the inputs and their dead-letter topics; a topic that does not exist yet has none. */
    private Map<String, List<TopicPartition>> partitions() throws InterruptedException {
        List<String> topics = new ArrayList<>(inputs);
        inputs.forEach(input -> topics.add(deadLetterTopic(input, group)));
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        admin.describeTopics(topics).topicNameValues().forEach((topic, future) -> {
            try {
                TopicDescription description = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                partitions.put(topic, description.partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList());
            } catch (ExecutionException | TimeoutException missing) {
                partitions.put(topic, List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return answer.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static long position(OffsetAndMetadata committed, long earliest) {
        // a partition the group never committed on is read from the beginning (start-offset earliest)
        return committed == null ? earliest : Math.max(committed.offset(), earliest);
    }

    private static long sum(List<TopicPartition> partitions, Function<TopicPartition, Long> value) {
        return partitions == null ? 0 : partitions.stream().mapToLong(value::apply).sum();
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
