package fi.polku.notification;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.Topic;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The notification service on the shared broker and Mongo-protocol server, with topics and a database of its own. */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification")
abstract class NotificationServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String CASES = PREFIX + Topic.PLACEMENT_CASES.topicName();
    static final String COMPENSATION = PREFIX + Topic.COMPENSATION.topicName();
    static final String DELIVERIES = PREFIX + Topic.NOTIFICATION_DELIVERIES.topicName();
    static final KafkaProbe probe = KafkaProbe.shared();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("notification", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    ApiClient as(TestUser user) {
        return ApiClient.as("http://localhost:" + port, user);
    }

    ApiClient officer(String municipality) {
        return as(TestUser.municipalityOfficer(municipality));
    }

    ApiClient staff(String receptionCentre) {
        return as(TestUser.receptionStaff(receptionCentre));
    }

    /** Publishes {@code event} as its writer would (a binary-mode CloudEvent keyed by its subject); returns its id. */
    static UUID publish(String topic, PolkuEvent event) {
        UUID id = UUID.randomUUID();
        EventType type = EventType.of(event);
        probe.send(topic, event.subject(), ceHeaders(id, type, event.subject()),
                EventCodec.json().writeValueAsBytes(event));
        return id;
    }

    static Map<String, String> ceHeaders(UUID id, EventType type, String subject) {
        Map<String, String> h = new HashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id.toString());
        h.put("ce_type", type.typeName());
        h.put("ce_source", "/polku/" + type.topic().writer());
        h.put("ce_time", Instant.now().toString());
        h.put("ce_subject", subject);
        h.put("content-type", "application/json");
        return h;
    }
}
