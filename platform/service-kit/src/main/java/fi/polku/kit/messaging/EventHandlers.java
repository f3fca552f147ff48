package fi.polku.kit.messaging;

import fi.polku.events.EventCodec;
import fi.polku.events.EventEnvelope;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Routes the events of one input topic to their handlers by CloudEvents type. Types without a handler are skipped
 * (consumers read tolerantly); an event that is no valid CloudEvent or violates its schema is rejected with
 * {@link fi.polku.events.EventRejectedException}, which the binder sends straight to the dead-letter topic.
 */
public final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    private EventHandlers() {
    }

    public static Builder forInput(String input, MeterRegistry meters) {
        return new Builder(input, meters);
    }

    public static final class Builder {
        private final String input;
        private final MeterRegistry meters;
        private final Map<EventType, Consumer<IncomingEvent<PolkuEvent>>> handlers = new HashMap<>();

        private Builder(String input, MeterRegistry meters) {
            this.input = input;
            this.meters = meters;
        }

        @SuppressWarnings("unchecked")
        public <E extends PolkuEvent> Builder on(Class<E> type, Consumer<IncomingEvent<E>> handler) {
            handlers.put(EventType.of(type), event -> handler.accept((IncomingEvent<E>) (IncomingEvent<?>) event));
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            Map<EventType, Consumer<IncomingEvent<PolkuEvent>>> routes = Map.copyOf(handlers);
            return message -> {
                EventEnvelope envelope = KafkaCloudEvents.fromMessage(message);
                var type = EventCodec.typeOf(envelope);
                var handler = type.map(routes::get).orElse(null);
                if (handler == null) {
                    log.debug("{} skips event {} of type {}", input, envelope.id(), envelope.type());
                    meters.counter("polku.events.consumed", "input", input, "type", envelope.type(),
                            "outcome", "skipped").increment();
                    return;
                }
                PolkuEvent data = EventCodec.decode(envelope);
                handler.accept(new IncomingEvent<>(envelope.id(), envelope.time(), data));
                meters.counter("polku.events.consumed", "input", input, "type", envelope.type(),
                        "outcome", "handled").increment();
            };
        }
    }
}
