package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One CloudEvents 1.0 event as it travels: the attributes (Kafka headers in binary mode) and the JSON data
 * (the Kafka value). The id is the deduplication key everywhere.
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, byte[] data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventEnvelope other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        // the data is deliberately left out: it may hold personal data and must not end up in logs
        return "EventEnvelope[id=" + id + ", type=" + type + ", source=" + source + ", subject=" + subject + "]";
    }
}
