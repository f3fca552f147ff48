package fi.polku.operations.domain;

import java.time.Instant;

/**
 * An event a consumer gave up on, as its dead-letter topic holds it. The id is the record's place in the dead-letter
 * topic ({@code topic/partition/offset}), so reading the same record twice finds the same dead letter. The reason
 * is the consumer's exception message, cut short: it names a schema path or a rule, never a value worth keeping.
 */
public record DeadLetter(String id, String deadLetterTopic, String originalTopic, String consumer, String eventType,
                         String eventId, String reason, Instant time) {

    static final int MAX_REASON = 300;

    public DeadLetter {
        reason = shortReason(reason);
        eventType = eventType == null ? "unknown" : eventType;
    }

    /** The binder wraps the consumer's exception; its own message, the last line, is the reason worth reading. */
    static String shortReason(String message) {
        if (message == null || message.isBlank()) {
            return "unknown";
        }
        String[] lines = message.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        return last.length() > MAX_REASON ? last.substring(0, MAX_REASON) + "…" : last;
    }

    /** Splits {@code <prefix><topic>.<consumer>.dlt} into the original topic and the consumer group. */
    public static DeadLetter of(String deadLetterTopic, int partition, long offset, String eventType, String eventId,
                                String reason, Instant time) {
        String withoutSuffix = deadLetterTopic.endsWith(".dlt")
                ? deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlt".length()) : deadLetterTopic;
        int dot = withoutSuffix.lastIndexOf('.');
        String original = dot > 0 ? withoutSuffix.substring(0, dot) : withoutSuffix;
        String consumer = dot > 0 ? withoutSuffix.substring(dot + 1) : "unknown";
        return new DeadLetter(deadLetterTopic + "/" + partition + "/" + offset, deadLetterTopic, original, consumer,
                eventType, eventId, reason, time);
    }
}
