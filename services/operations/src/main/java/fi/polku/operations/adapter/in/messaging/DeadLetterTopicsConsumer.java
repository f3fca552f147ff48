package fi.polku.operations.adapter.in.messaging;

import fi.polku.events.CloudEventHeaders;
import fi.polku.operations.application.Projections;
import fi.polku.operations.domain.DeadLetter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Input binding {@code deadLetterTopics-in-0}: every consumer's dead-letter topic. A dead letter may be anything
 * (that is why it is one), so only headers are read: where it came from, the CloudEvents type and id if it had
 * them, and the reason the consumer's binder wrote. Nothing here throws on a malformed record.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterTopicsConsumer {

    /** Header names of the Kafka binder's dead-letter publisher (spring-kafka's and the older binder's). */
    static final String[] REASON = {KafkaHeaders.DLT_EXCEPTION_MESSAGE, "x-exception-message"};

    @Bean
    Consumer<Message<byte[]>> deadLetterTopics(Projections projections, MeterRegistry meters) {
        return message -> {
            MessageHeaders h = message.getHeaders();
            String topic = text(h.get(KafkaHeaders.RECEIVED_TOPIC));
            Object partition = h.get(KafkaHeaders.RECEIVED_PARTITION);
            Object offset = h.get(KafkaHeaders.OFFSET);
            Object timestamp = h.get(KafkaHeaders.RECEIVED_TIMESTAMP);
            String reason = null;
            for (String name : REASON) {
                reason = reason != null ? reason : text(h.get(name));
            }
            DeadLetter deadLetter = DeadLetter.of(topic, partition instanceof Number p ? p.intValue() : -1,
                    offset instanceof Number o ? o.longValue() : -1, text(h.get(CloudEventHeaders.TYPE)),
                    text(h.get(CloudEventHeaders.ID)), reason,
                    timestamp instanceof Number t ? Instant.ofEpochMilli(t.longValue()) : Instant.now());
            boolean fresh = projections.deadLettered(deadLetter);
            meters.counter("polku.operations.dead.letters.read", "topic", topic, "outcome",
                    fresh ? "recorded" : "duplicate").increment();
        };
    }

    private static String text(Object header) {
        if (header instanceof byte[] raw) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        return header == null ? null : header.toString();
    }
}
