package fi.polku.kit.store;

import java.time.Instant;

/**
 * An event waiting, inside its aggregate's document, to be published. It is written in the same document operation
 * as the state change that caused it, so the change and its event are never separated.
 */
public record OutboxEntry(String eventId, String topic, String type, String source, String subject, Instant time, String data) {
}
