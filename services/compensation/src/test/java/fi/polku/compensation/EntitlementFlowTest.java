package fi.polku.compensation;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.compensation.EntitlementOpened;
import fi.polku.events.placement.AgreementChanged.IntegrationProgramme;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EntitlementFlowTest extends CompensationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void settlingOpensOneEntitlementPerResidentOnceEvenWhenRedelivered() {
        agreementInForce("837");
        String caseId = UUID.randomUUID().toString();
        String child = UUID.randomUUID().toString();
        String adult = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        Settled settled = new Settled(caseId, "h-" + caseId, "837", LocalDate.of(2025, 2, 10),
                IntegrationGroup.QUOTA_REFUGEE, List.of(new Settled.Resident(child, LocalDate.of(2019, 3, 1)),
                new Settled.Resident(adult, LocalDate.of(1985, 7, 15))));
        sendAsPlacement(CASES, eventId, Instant.now(), settled);

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> opened(Entitlement.idFor(child)), r -> r.size() == 1).get(0);
        EntitlementOpened event = decode(record);
        assertThat(event).isEqualTo(new EntitlementOpened(Entitlement.idFor(child), child, "h-" + caseId, "837",
                LocalDate.of(2025, 2, 10), LocalDate.of(2028, 2, 9), "QUOTA"));
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/polku/compensation");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(Entitlement.idFor(child));
        await().atMost(Duration.ofSeconds(30)).until(() -> opened(Entitlement.idFor(adult)).size() == 1);

        // the same event again, then a marker on the same partition (same key) that must be processed after it
        sendAsPlacement(CASES, eventId, Instant.now(), settled);
        String marker = UUID.randomUUID().toString();
        sendAsPlacement(CASES, UUID.randomUUID(), Instant.now(), new Settled(caseId, "h-" + caseId, "837",
                LocalDate.of(2025, 2, 10), IntegrationGroup.QUOTA_REFUGEE,
                List.of(new Settled.Resident(marker, LocalDate.of(1990, 1, 1)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> opened(Entitlement.idFor(marker)).size() == 1);

        assertThat(opened(Entitlement.idFor(child))).hasSize(1);
        assertThat(opened(Entitlement.idFor(adult))).hasSize(1);
        assertThat(mongo.count(Query.query(Criteria.where("state.personId").in(child, adult)), "entitlements"))
                .isEqualTo(2);
        assertThat(document(Entitlement.idFor(child)).getList("consumedEventIds", String.class))
                .containsExactly(eventId.toString());
    }

    @Test
    void aResidenceChangeMovesEveryoneItNamesOnceAndOneForAStrangerGoesToTheDeadLetters() {
        String person = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        sendAsPlacement(CASES, UUID.randomUUID(), Instant.now(), new Settled(caseId, "h-" + caseId, "091",
                LocalDate.of(2025, 3, 3), IntegrationGroup.INTERNATIONAL_PROTECTION,
                List.of(new Settled.Resident(person, LocalDate.of(1990, 1, 1)))));
        String id = Entitlement.idFor(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> document(id) != null);

        String deadLetters = CASES + ".compensation.dlt";
        int before = probe.records(deadLetters).size();
        UUID stranger = UUID.randomUUID();
        sendAsPlacement(CASES, stranger, Instant.now(), new ResidenceChanged(caseId, "h-" + caseId, "091", "837",
                LocalDate.of(2025, 6, 1), List.of(person, "never-settled")));
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.records(deadLetters).size() > before);
        assertThat(document(id).getList("consumedEventIds", String.class)).doesNotContain(stranger.toString());

        UUID moved = UUID.randomUUID();
        ResidenceChanged change = new ResidenceChanged(caseId, "h-" + caseId, "091", "837", LocalDate.of(2025, 6, 1),
                List.of(person));
        sendAsPlacement(CASES, moved, Instant.now(), change);
        sendAsPlacement(CASES, moved, Instant.now(), change);
        await().atMost(Duration.ofSeconds(30)).until(() -> document(id).getList("consumedEventIds", String.class)
                .contains(moved.toString()));
        JsonNode entitlement = officer().get("/api/v1/compensation/entitlements/" + id).expect(200).json();
        assertThat(entitlement.get("municipality").asString()).isEqualTo("837");
        assertThat(entitlement.get("residences")).hasSize(2);
        assertThat(entitlement.at("/schedule/months/2/municipality").asString()).isEqualTo("837"); // June 2025
        assertThat(as(TestUser.municipalityOfficer("837")).get("/api/v1/compensation/entitlements/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void entitlementsAreReadableByKehaAndTheirOwnMunicipalityOnly() {
        agreementInForce("853");
        String person = UUID.randomUUID().toString();
        String id = Entitlement.idFor(person);
        sendAsPlacement(CASES, UUID.randomUUID(), Instant.now(), new Settled(UUID.randomUUID().toString(), "h-1",
                "853", LocalDate.of(2025, 1, 1), IntegrationGroup.INTERNATIONAL_PROTECTION,
                List.of(new Settled.Resident(person, LocalDate.of(2018, 6, 1)))));

        // the agreement arrives on another topic: wait until the entitlement's months are payable
        JsonNode entitlement = await().atMost(Duration.ofSeconds(30)).until(
                () -> officer().get("/api/v1/compensation/entitlements/" + id),
                r -> r.status() == 200 && "PAYABLE".equals(r.json().at("/schedule/months/0/status").asString())).json();
        assertThat(entitlement.get("compensationGroup").asString()).isEqualTo("OTHER");
        assertThat(entitlement.get("periodEnd").asString()).isEqualTo("2026-12-31");
        JsonNode months = entitlement.at("/schedule/months");
        assertThat(months).hasSize(24);
        assertThat(months.get(4).get("month").asString()).isEqualTo("2025-05");
        assertThat(months.get(4).get("ageBand").asString()).isEqualTo("UNDER_7");
        assertThat(months.get(5).get("ageBand").asString()).isEqualTo("SEVEN_OR_OVER");
        assertThat(months.get(5).get("county").asString()).isEqualTo("Varsinais-Suomen hyvinvointialue");
        assertThat(months.get(5).get("countyCents").asLong()).isEqualTo(2875);

        var own = as(TestUser.municipalityOfficer("853"));
        assertThat(own.get("/api/v1/compensation/entitlements/" + id).status()).isEqualTo(200);
        assertThat(own.get("/api/v1/compensation/entitlements?municipality=853").expect(200).json())
                .anySatisfy(e -> assertThat(e.get("id").asString()).isEqualTo(id));
        assertThat(officer().get("/api/v1/compensation/entitlements?municipality=853").expect(200).json())
                .anySatisfy(e -> assertThat(e.get("id").asString()).isEqualTo(id));

        var other = as(TestUser.municipalityOfficer("091"));
        var forbidden = other.get("/api/v1/compensation/entitlements/" + id);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(other.get("/api/v1/compensation/entitlements?municipality=853").status()).isEqualTo(403);
        assertThat(other.get("/api/v1/compensation/entitlements?municipality=091").status()).isEqualTo(200);
        assertThat(as(TestUser.receptionStaff("rc-turku")).get("/api/v1/compensation/entitlements/" + id).status())
                .isEqualTo(403);
        assertThat(officer().get("/api/v1/compensation/entitlements/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(officer().get("/api/v1/compensation/entitlements?municipality=Turku").status()).isEqualTo(400);
    }

    @Test
    void municipalityTermsFollowTheLatestAgreementAndIgnoreStaleOrRepeatedEvents() {
        String code = "179"; // Jyväskylä
        Instant t0 = Instant.parse("2025-01-01T08:00:00Z");
        UUID first = UUID.randomUUID();
        sendAsPlacement(MUNICIPALITIES, first, t0.plusSeconds(60), agreement(code, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed(code).contains(first.toString()));
        assertThat(firstMonth(code).get("reason").asString()).isEqualTo("no-integration-programme");

        UUID programme = UUID.randomUUID();
        sendAsPlacement(MUNICIPALITIES, programme, t0.plusSeconds(120),
                agreement(code, new IntegrationProgramme(LocalDate.of(2024, 6, 1), null)));
        // an older state arriving late, and the first event once more
        UUID stale = UUID.randomUUID();
        sendAsPlacement(MUNICIPALITIES, stale, t0, agreement(code, null));
        sendAsPlacement(MUNICIPALITIES, first, t0.plusSeconds(60), agreement(code, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed(code).contains(stale.toString()));

        assertThat(consumed(code)).containsExactly(first.toString(), programme.toString(), stale.toString());
        assertThat(firstMonth(code).get("status").asString()).isEqualTo("PAYABLE");
    }

    private JsonNode firstMonth(String municipality) {
        return officer().post("/api/v1/compensation/quotes", Map.of("birthDate", "1990-01-01", "group", "OTHER",
                        "residences", List.of(Map.of("municipality", municipality, "from", "2025-02-10"))))
                .expect(200).json().at("/months/0");
    }

    private List<ConsumerRecord<String, byte[]>> opened(String entitlementId) {
        return probe.records(COMPENSATION, EventType.ENTITLEMENT_OPENED.typeName()).stream()
                .filter(r -> entitlementId.equals(r.key())).toList();
    }

    private Document document(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "entitlements");
    }

    private List<String> consumed(String municipality) {
        Document terms = mongo.findOne(Query.query(Criteria.where("_id").is(municipality)), Document.class,
                "municipalityTerms");
        return terms == null ? List.of() : terms.getList("consumedEventIds", String.class);
    }

    /** Decoding validates the data against the publisher's schema. */
    private static EntitlementOpened decode(ConsumerRecord<String, byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value()));
        return (EntitlementOpened) EventCodec.decode(KafkaCloudEvents.fromMessage(
                MessageBuilder.withPayload(record.value()).copyHeaders(headers).build()));
    }
}
