package fi.polku.kit.messaging;

import fi.polku.events.EventEnvelope;
import fi.polku.events.Topic;
import fi.polku.kit.outbox.EventPublisher;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Publishes through Spring Cloud Stream. Producers are synchronous with acks=all and idempotence (see the binder
 * defaults), so a return means the broker has the event.
 */
public class StreamBridgePublisher implements EventPublisher {

    private final StreamBridge bridge;
    private final TopicNames topics;

    public StreamBridgePublisher(StreamBridge bridge, TopicNames topics) {
        this.bridge = bridge;
        this.topics = topics;
    }

    @Override
    public void publish(Topic topic, EventEnvelope envelope) {
        if (!bridge.send(topics.of(topic), KafkaCloudEvents.toMessage(envelope))) {
            throw new IllegalStateException("The binder did not accept event " + envelope.id());
        }
    }
}
