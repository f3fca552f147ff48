package fi.polku.kit.messaging;

import fi.polku.events.PolkuEvent;

import java.time.Instant;
import java.util.UUID;

/** A consumed event: its id (the deduplication key), when it happened, and its data. */
public record IncomingEvent<E extends PolkuEvent>(UUID id, Instant time, E data) {
}
