package fi.polku.kit.store;

import java.time.Instant;

/**
 * An event waiting, inside its aggregate's document, to be published. It is written in the same document operation
 * as the state change that caused it, so the change and its event are never separated. {@code traceparent} is the
 * W3C trace context of the request or event that caused it (null without one), so the relay continues that trace.
 */
public record OutboxEntry(String eventId, String topic, String type, String source, String subject, Instant time, String data,
                          String traceparent) {
}
