package fi.polku.kit.messaging;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventEnvelope;
import fi.polku.events.EventRejectedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * CloudEvents binary content mode over Spring messages: attributes as {@code ce_*} headers holding raw UTF-8 bytes
 * (so any Kafka client reads them), the JSON data as the payload, the subject as the Kafka key.
 */
public final class KafkaCloudEvents {

    private KafkaCloudEvents() {
    }

    public static Message<byte[]> toMessage(EventEnvelope envelope) {
        return MessageBuilder.withPayload(envelope.data())
                .setHeader(KafkaHeaders.KEY, bytes(envelope.subject()))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0))
                .setHeader(CloudEventHeaders.ID, bytes(envelope.id().toString()))
                .setHeader(CloudEventHeaders.TYPE, bytes(envelope.type()))
                .setHeader(CloudEventHeaders.SOURCE, bytes(envelope.source()))
                .setHeader(CloudEventHeaders.TIME, bytes(envelope.time().toString()))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(envelope.subject()))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON))
                .build();
    }

    /** Reads the envelope of a consumed message; a message that is no CloudEvent is rejected, never retried. */
    public static EventEnvelope fromMessage(Message<?> message) {
        String id = header(message, CloudEventHeaders.ID);
        String type = header(message, CloudEventHeaders.TYPE);
        String source = header(message, CloudEventHeaders.SOURCE);
        String time = header(message, CloudEventHeaders.TIME);
        String subject = header(message, CloudEventHeaders.SUBJECT);
        if (!(message.getPayload() instanceof byte[] data)) {
            throw new EventRejectedException("Event " + id + " has no binary payload");
        }
        try {
            return new EventEnvelope(UUID.fromString(id), type, source, Instant.parse(time), subject, data);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventRejectedException("Event " + id + " has a malformed CloudEvents attribute", e);
        }
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] raw) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        if (value instanceof String text) {
            return text;
        }
        throw new EventRejectedException("Message lacks the CloudEvents attribute " + name);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
