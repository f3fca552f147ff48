package fi.polku.operations;

import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.PolkuEvent;
import fi.polku.events.Topic;
import fi.polku.events.notification.NotificationDelivered;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferMade;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations service on the shared broker and Mongo-protocol server, with topics and a database of its own:
 * events in on every topic, the console's JSON out, dead letters read back from the dead-letter topics.
 */
@SpringBootTest(classes = OperationsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=operations")
class OperationsFlowTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final KafkaProbe probe = KafkaProbe.shared();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String EXTERNAL = "(src|href)\\s*=\\s*[\"']?(https?:)?//";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("operations", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    @Test
    void aCaseShowsItsStageAndTimelineAndIsPastItsTargetWhenItsPermitIsOld() {
        String caseId = "case-" + UUID.randomUUID();
        String household = "hh-" + UUID.randomUUID();
        publish(Topic.PLACEMENT_CASES, new CaseOpened(caseId, household, "ASSISTED",
                IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", TODAY.minusDays(90), 2));
        publish(Topic.PLACEMENT_CASES, new OfferMade(caseId, "o-1", household, "179", TODAY.plusDays(14),
                new OfferMade.Profile(List.of(40, 9), Needs.none(), List.of("ar"))));

        JsonNode timeline = await().atMost(PATIENCE).until(() -> household(caseId),
                t -> t != null && t.get("timeline").size() == 2);
        assertThat(timeline.get("household").get("householdId").asString()).isEqualTo(household);
        assertThat(timeline.get("household").get("stage").asString()).isEqualTo("OFFERED");
        assertThat(timeline.get("pastTarget").asBoolean()).isTrue();
        assertThat(timeline.get("timeline").get(1).get("summary").asString()).startsWith("offered to 179");
        JsonNode overview = operator().get("/api/v1/console/overview").expect(200).json();
        assertThat(overview.get("pastTarget").findValuesAsString("caseId")).contains(caseId);
        assertThat(overview.get("target").asString()).isEqualTo("P60D");

        publish(Topic.PLACEMENT_CASES, new Assigned(caseId, household, "179", "rc-oulu", TODAY));
        await().atMost(PATIENCE).until(() -> household(caseId).get("household").get("stage").asString(),
                "ASSIGNED"::equals);
        assertThat(operator().get("/api/v1/console/overview").expect(200).json().get("pastTarget")
                .findValuesAsString("caseId")).doesNotContain(caseId);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String caseId = "case-" + UUID.randomUUID();
        String household = "hh-" + UUID.randomUUID();
        UUID opened = publish(Topic.PLACEMENT_CASES, new CaseOpened(caseId, household, "ASSISTED",
                IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", TODAY.minusDays(5), 1));
        await().atMost(PATIENCE).until(() -> household(caseId), t -> t != null && t.get("timeline").size() == 1);
        long waiting = stageCount("WAITING_FOR_OFFER");

        ConsumerRecord<String, byte[]> record = probe.records(PREFIX + Topic.PLACEMENT_CASES.topicName()).stream()
                .filter(r -> opened.toString().equals(KafkaProbe.header(r, "ce_id"))).findFirst().orElseThrow();
        probe.redeliver(record);
        // a later event on the same partition proves the redelivery was consumed before it
        String marker = "case-" + UUID.randomUUID();
        publish(Topic.PLACEMENT_CASES, new CaseOpened(marker, "hh-" + UUID.randomUUID(), "ASSISTED",
                IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", TODAY.minusDays(5), 1));
        await().atMost(PATIENCE).until(() -> household(marker) != null);

        assertThat(household(caseId).get("timeline")).hasSize(1);
        assertThat(stageCount("WAITING_FOR_OFFER")).isEqualTo(waiting + 1); // the marker only
    }

    @Test
    void placesAreSummedPerRegionFromTheMunicipalitiesTopic() {
        publish(Topic.PLACEMENT_MUNICIPALITIES, new AgreementChanged("405", LocalDate.of(2017, 1, 1), null,
                List.of(new AgreementChanged.ConfirmedPlaces(TODAY.getYear(), "ASYLUM", 40),
                        new AgreementChanged.ConfirmedPlaces(TODAY.getYear(), "QUOTA", 2)), false, null));
        JsonNode region = await().atMost(PATIENCE).until(() -> region("09"), r -> r != null
                && r.get("confirmedPlaces").asInt() == 42);
        assertThat(region.get("name").asString()).isEqualTo("Etelä-Karjala");
        assertThat(region.get("municipalities").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedNotificationIsListedUntilItIsDelivered() {
        String id = "n-" + UUID.randomUUID();
        Instant at = Instant.now();
        publish(Topic.NOTIFICATION_DELIVERIES, new NotificationDelivered(id, "municipality:179", "WEBHOOK", "FAILED",
                UUID.randomUUID().toString(), at));
        await().atMost(PATIENCE).until(() -> failedNotifications().contains(id));
        publish(Topic.NOTIFICATION_DELIVERIES, new NotificationDelivered(id, "municipality:179", "WEBHOOK",
                "DELIVERED", UUID.randomUUID().toString(), at.plusSeconds(60)));
        await().atMost(PATIENCE).until(() -> !failedNotifications().contains(id));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheConsoleShowsIt() {
        UUID id = UUID.randomUUID();
        Map<String, String> headers = KafkaProbe.cloudEventHeaders(id, EventType.CASE_OPENED, "case-poison");
        probe.send(PREFIX + Topic.PLACEMENT_CASES.topicName(), "case-poison", headers,
                "{\"caseId\":42}".getBytes(StandardCharsets.UTF_8));
        JsonNode deadLetter = await().atMost(PATIENCE).until(() -> deadLetter(id), d -> d != null);
        assertThat(deadLetter.get("originalTopic").asString()).isEqualTo(PREFIX + Topic.PLACEMENT_CASES.topicName());
        assertThat(deadLetter.get("consumer").asString()).isEqualTo("operations");
        assertThat(deadLetter.get("eventType").asString()).isEqualTo("fi.polku.placement.CaseOpened");
        assertThat(deadLetter.get("reason").asString()).isNotBlank();
        // the consumer carries on after the poison event
        String caseId = "case-" + UUID.randomUUID();
        publish(Topic.PLACEMENT_CASES, new CaseOpened(caseId, "hh-" + UUID.randomUUID(), "ASSISTED",
                IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", TODAY, 1));
        await().atMost(PATIENCE).until(() -> household(caseId) != null);
    }

    @Test
    void theApiNeedsAnOperatorOrACoordinatorButThePageIsPublic() {
        ApiClient anonymous = new ApiClient(base(), null);
        assertThat(anonymous.get("/api/v1/console/overview").status()).isEqualTo(401);
        assertThat(ApiClient.as(base(), TestUser.municipalityOfficer("179")).get("/api/v1/console/overview").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(base(), TestUser.coordinator("13")).get("/api/v1/console/overview").status())
                .isEqualTo(200);
        ApiClient.Response missing = operator().get("/api/v1/console/households/nobody");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        ApiClient.Response page = anonymous.get("/console/index.html");
        assertThat(page.status()).isEqualTo(200);
        // nothing from elsewhere: the page must work on a closed network
        assertThat(page.body()).contains("Polku operator console", "console.js").doesNotContainPattern(EXTERNAL);
        assertThat(anonymous.get("/console/console.js").body()).doesNotContainPattern(EXTERNAL)
                .doesNotContain("fetch('http", "fetch(\"http");
    }

    @Test
    void theConsoleApiIsDocumented() {
        JsonNode paths = new ApiClient(base(), null).get("/v3/api-docs").expect(200).json().get("paths");
        assertThat(paths.has("/api/v1/console/overview")).isTrue();
        assertThat(paths.has("/api/v1/console/households/{id}")).isTrue();
        assertThat(paths.has("/")).isFalse();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private ApiClient operator() {
        return ApiClient.as(base(), TestUser.operator());
    }

    private JsonNode household(String id) {
        ApiClient.Response response = operator().get("/api/v1/console/households/" + id);
        return response.status() == 200 ? response.json() : null;
    }

    private long stageCount(String stage) {
        for (JsonNode s : operator().get("/api/v1/console/overview").expect(200).json().get("funnel")) {
            if (s.get("stage").asString().equals(stage)) {
                return s.get("households").asLong();
            }
        }
        throw new AssertionError("No stage " + stage);
    }

    private JsonNode region(String code) {
        for (JsonNode r : operator().get("/api/v1/console/overview").expect(200).json().get("placesByRegion")) {
            if (r.get("region").asString().equals(code)) {
                return r;
            }
        }
        return null;
    }

    private List<String> failedNotifications() {
        return operator().get("/api/v1/console/overview").expect(200).json().get("failedNotifications")
                .findValuesAsString("notificationId");
    }

    private JsonNode deadLetter(UUID eventId) {
        for (JsonNode d : operator().get("/api/v1/console/overview").expect(200).json().get("deadLetters")) {
            if (d.get("eventId").asString().equals(eventId.toString())) {
                return d;
            }
        }
        return null;
    }

    static UUID publish(Topic topic, PolkuEvent event) {
        return probe.publish(PREFIX + topic.topicName(), event);
    }
}
