package fi.polku.placement;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
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

/** The placement service on the shared broker and Mongo-protocol server, with topics and a database of its own. */
@SpringBootTest(classes = PlacementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=placement")
abstract class PlacementServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String RESIDENTS = PREFIX + "polku.reception.residents.v1";
    static final String CASES = PREFIX + "polku.placement.cases.v1";
    static final String MUNICIPALITIES = PREFIX + "polku.placement.municipalities.v1";
    static final KafkaProbe probe = KafkaProbe.shared();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("placement", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    ApiClient as(TestUser user) {
        return ApiClient.as("http://localhost:" + port, user);
    }

    /** Publishes an event as reception would: a CloudEvent with a fresh id, keyed by its subject. */
    static UUID publishFromReception(PolkuEvent event) {
        UUID id = UUID.randomUUID();
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id.toString());
        headers.put("ce_type", EventType.of(event).typeName());
        headers.put("ce_source", "/polku/reception");
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", event.subject());
        headers.put("content-type", "application/json");
        probe.send(RESIDENTS, event.subject(), headers, EventCodec.json().writeValueAsBytes(event));
        return id;
    }
}
