package fi.polku.kit.messaging;

import fi.polku.events.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;

/**
 * Names each input's dead-letter topic ({@code <topic>.<group>.dlt}) and counts every dead letter, so that a
 * non-empty dead-letter topic raises an alert instead of passing in silence.
 */
public class DeadLetters implements DlqDestinationResolver {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final String group;
    private final MeterRegistry meters;

    public DeadLetters(String group, MeterRegistry meters) {
        this.group = group;
        this.meters = meters;
    }

    @Override
    public String apply(ConsumerRecord<?, ?> record, Exception failure) {
        String deadLetterTopic = Topic.deadLetterTopicName(record.topic(), group);
        meters.counter("polku.events.dead.lettered", "topic", record.topic()).increment();
        log.error("Dead-lettering {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                deadLetterTopic, rootMessage(failure));
        return deadLetterTopic;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
