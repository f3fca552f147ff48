package fi.polku.compensation;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;

/**
 * Payment runs on the shared broker and Mongo-protocol server, in a database and topics of their own (runs are
 * global and go forward, so they must not meet the other tests' data), with a clock a test may move.
 */
@SpringBootTest(classes = CompensationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=compensation")
@Import(PaymentServiceTest.Clocks.class)
abstract class PaymentServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String CASES = PREFIX + "polku.placement.cases.v1";
    static final String MUNICIPALITIES = PREFIX + "polku.placement.municipalities.v1";
    static final String COMPENSATION = PREFIX + "polku.compensation.v1";
    static final String RUNS = "/api/v1/compensation/payment-runs";
    /** The first month these tests run; each test runs the months after the latest one. */
    static final YearMonth FIRST = YearMonth.of(2025, 6);
    static final KafkaProbe probe = KafkaProbe.shared();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    TestClock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("compensation", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    ApiClient as(TestUser user) {
        return ApiClient.as("http://localhost:" + port, user);
    }

    ApiClient officer() {
        return as(TestUser.compensationOfficer());
    }

    /** The month after the latest run: tests share the runs, which go forward. */
    YearMonth nextMonth() {
        JsonNode runs = officer().get(RUNS).expect(200).json();
        return runs.isEmpty() ? FIRST : YearMonth.parse(runs.get(0).get("month").asString()).plusMonths(1);
    }

    JsonNode run(YearMonth month, int expectedStatus) {
        return officer().post(RUNS, Map.of("month", month.toString())).expect(expectedStatus).json();
    }

    /** The lines of {@code municipality}'s proposal (or of a county's) in the run of {@code month}. */
    List<JsonNode> lines(YearMonth month, String payeeKind, String payee) {
        JsonNode run = officer().get(RUNS + "/" + month).expect(200).json();
        return StreamSupport.stream(run.get("proposals").spliterator(), false)
                .filter(p -> p.get("payeeKind").asString().equals(payeeKind) && p.get("payee").asString().equals(payee))
                .findFirst()
                .map(p -> StreamSupport.stream(officer().get(RUNS + "/" + month + "/proposals/"
                        + p.get("proposalId").asString() + "/lines?size=1000").expect(200).json().spliterator(), false)
                        .toList())
                .orElse(List.of());
    }

    List<JsonNode> linesOf(YearMonth month, String payeeKind, String payee, String personId) {
        return lines(month, payeeKind, payee).stream().filter(l -> personId.equals(l.get("personId").asString()))
                .toList();
    }

    /** An agreement since 2020 and an integration programme as given; waits until the terms are known. */
    void terms(String municipality, IntegrationProgramme programme) {
        UUID id = UUID.randomUUID();
        send(MUNICIPALITIES, id, new AgreementChanged(municipality, LocalDate.of(2020, 1, 1), null,
                List.of(new AgreementChanged.ConfirmedPlaces(2025, "ASYLUM", 20)), false, programme));
        String status = programme == null ? "WITHHELD" : "PAYABLE";
        await().atMost(Duration.ofSeconds(30)).until(() -> officer().post("/api/v1/compensation/quotes",
                        Map.of("birthDate", "1990-01-01", "group", "OTHER", "residences",
                                List.of(Map.of("municipality", municipality, "from", "2025-02-10"))))
                .expect(200).json().at("/months/0/status").asString(), status::equals);
    }

    void agreementInForce(String municipality) {
        terms(municipality, new IntegrationProgramme(LocalDate.of(2020, 1, 1), null));
    }

    /** Settles one person and waits until the entitlement is there. */
    String settle(String municipality, LocalDate since, LocalDate birthDate, IntegrationGroup group) {
        String person = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        send(CASES, UUID.randomUUID(), new Settled(caseId, "h-" + caseId, municipality, since, group,
                List.of(new Settled.Resident(person, birthDate))));
        await().atMost(Duration.ofSeconds(30)).until(() -> officer().get("/api/v1/compensation/entitlements/"
                + Entitlement.idFor(person)).status() == 200);
        return person;
    }

    static void send(String topic, UUID eventId, PolkuEvent event) {
        probe.send(topic, event.subject(), CompensationServiceTest.ceHeaders(eventId,
                EventType.of(event).typeName(), event.subject(), Instant.now()),
                EventCodec.json().writeValueAsBytes(event));
    }

    /** The events of a type published with a key; decoding checks each against the publisher's schema. */
    static List<PolkuEvent> published(EventType type, String key) {
        return probe.records(COMPENSATION, type.typeName()).stream().filter(r -> key.equals(r.key()))
                .map(PaymentServiceTest::decode).toList();
    }

    static PolkuEvent decode(ConsumerRecord<String, byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value()));
        return EventCodec.decode(KafkaCloudEvents.fromMessage(
                MessageBuilder.withPayload(record.value()).copyHeaders(headers).build()));
    }
}
