package fi.polku.kit.outbox;

import fi.polku.events.EventEnvelope;
import fi.polku.events.Topic;

/** Sends one event to the broker and returns only once the broker has acknowledged it (acks=all). */
public interface EventPublisher {

    void publish(Topic topic, EventEnvelope envelope);
}
