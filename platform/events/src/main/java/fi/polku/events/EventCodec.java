package fi.polku.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns event records into CloudEvents envelopes and back. Writing validates against the publisher's schema, so a
 * service can never publish what its contract forbids; reading validates too and ignores unknown fields, so
 * publishers may add fields without breaking consumers.
 */
public final class EventCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String source;

    /** @param source the CloudEvents source of events this service publishes, e.g. {@code /polku/placement} */
    public EventCodec(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public EventEnvelope encode(UUID id, Instant time, PolkuEvent event) {
        EventType type = EventType.of(event);
        JsonNode tree = JSON.valueToTree(event);
        List<String> violations = EventSchemas.violations(type, tree);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type.typeName() + " violates its schema: " + violations);
        }
        return new EventEnvelope(id, type.typeName(), source, time, event.subject(), JSON.writeValueAsBytes(tree));
    }

    /** The event type of an envelope, or empty when it is a type this version does not know (read tolerantly). */
    public static java.util.Optional<EventType> typeOf(EventEnvelope envelope) {
        return EventType.byTypeName(envelope.type());
    }

    /** Reads the data of a known event type, checked against its schema. */
    public static PolkuEvent decode(EventEnvelope envelope) {
        EventType type = typeOf(envelope).orElseThrow(
                () -> new EventRejectedException("Unknown event type " + envelope.type()));
        JsonNode tree;
        try {
            tree = JSON.readTree(envelope.data());
        } catch (JacksonException e) {
            throw new EventRejectedException("Event " + envelope.id() + " is not JSON", e);
        }
        List<String> violations = EventSchemas.violations(type, tree);
        if (!violations.isEmpty()) {
            throw new EventRejectedException("Event " + envelope.id() + " of type " + type.typeName()
                    + " violates its schema: " + violations);
        }
        try {
            return JSON.treeToValue(tree, type.recordType());
        } catch (JacksonException e) {
            throw new EventRejectedException("Event " + envelope.id() + " cannot be read as " + type.typeName(), e);
        }
    }

    public static JsonMapper json() {
        return JSON;
    }
}
