package fi.polku.compensation;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The compensation service on the shared broker and Mongo-protocol server, with topics and a database of its own. */
@SpringBootTest(classes = CompensationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=compensation")
abstract class CompensationServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String CASES = PREFIX + "polku.placement.cases.v1";
    static final String MUNICIPALITIES = PREFIX + "polku.placement.municipalities.v1";
    static final String COMPENSATION = PREFIX + "polku.compensation.v1";
    static final KafkaProbe probe = KafkaProbe.shared();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("compensation", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    ApiClient as(TestUser user) {
        return ApiClient.as("http://localhost:" + port, user);
    }

    ApiClient officer() {
        return as(TestUser.compensationOfficer());
    }

    /** Publishes an event as placement would: CloudEvents headers, keyed by its subject. */
    static void sendAsPlacement(String topic, UUID eventId, Instant time, PolkuEvent event) {
        probe.send(topic, event.subject(), ceHeaders(eventId, EventType.of(event).typeName(), event.subject(), time),
                EventCodec.json().writeValueAsBytes(event));
    }

    /** An agreement and an integration programme in force since 2020, open-ended. */
    static void agreementInForce(String municipality) {
        sendAsPlacement(MUNICIPALITIES, UUID.randomUUID(), Instant.now(), agreement(municipality,
                new IntegrationProgramme(LocalDate.of(2020, 1, 1), null)));
    }

    static AgreementChanged agreement(String municipality, IntegrationProgramme programme) {
        return new AgreementChanged(municipality, LocalDate.of(2020, 1, 1), null,
                List.of(new AgreementChanged.ConfirmedPlaces(2025, "ASYLUM", 20)), false, programme);
    }

    static Map<String, String> ceHeaders(UUID id, String type, String subject, Instant time) {
        Map<String, String> h = new HashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id.toString());
        h.put("ce_type", type);
        h.put("ce_source", "/polku/placement");
        h.put("ce_time", time.toString());
        h.put("ce_subject", subject);
        h.put("content-type", "application/json");
        return h;
    }
}
