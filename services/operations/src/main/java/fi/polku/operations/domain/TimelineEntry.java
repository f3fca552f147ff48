package fi.polku.operations.domain;

import java.time.Instant;

/**
 * One event on a household's timeline: its type, when it happened, which service said so and a short summary made
 * of codes, counts and dates only (no names, no identity codes: events carry none, and the console adds none).
 */
public record TimelineEntry(String eventId, String type, Instant time, String source, String summary) {
}
