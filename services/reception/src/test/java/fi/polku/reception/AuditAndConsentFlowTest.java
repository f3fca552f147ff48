package fi.polku.reception;

import fi.polku.events.EventCodec;
import fi.polku.events.EventEnvelope;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.messaging.KafkaCloudEvents;
import fi.polku.testkit.ApiClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every access to a household is on the audit log; the needs leave reception only under consent. */
class AuditAndConsentFlowTest extends ReceptionServiceTest {

    static final String AUDIT_LOG = "/api/v1/audit-log";

    @Test
    void aReadByReceptionStaffIsOnTheAuditLogAndAnAuditorFindsItByRecord() {
        Instant before = Instant.now().minusSeconds(1);
        String id = registerWithPermit("rc-joutseno");
        List<String> persons = personIds("rc-joutseno", id);

        JsonNode entries = auditor().get(AUDIT_LOG + "?record=" + id).expect(200).json();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("READ");
            assertThat(e.get("actor").asString()).isEqualTo("staff@rc-joutseno");
            assertThat(e.get("actorRoles").get(0).asString()).isEqualTo("RECEPTION_STAFF");
            assertThat(e.get("purpose").asString()).isEqualTo("RECEPTION");
            assertThat(e.get("recordType").asString()).isEqualTo("household");
            assertThat(e.get("recordId").asString()).isEqualTo(id);
            assertThat(e.get("personIds")).extracting(JsonNode::asString).containsExactlyElementsOf(persons);
            assertThat(Instant.parse(e.get("at").asString())).isAfter(before);
        });
        // the registration and the permits are there too; and nothing personal is in the log itself
        assertThat(entries).extracting(e -> e.get("action").asString())
                .containsExactlyInAnyOrder("READ", "UPDATE", "UPDATE", "CREATE");
        assertThat(entries.toString()).doesNotContain("Amina", "Testinen", "131052-308T");

        // by person, by actor, within a period
        assertThat(auditor().get(AUDIT_LOG + "?person=" + persons.get(1)).expect(200).json())
                .allSatisfy(e -> assertThat(e.get("recordId").asString()).isEqualTo(id));
        assertThat(auditor().get(AUDIT_LOG + "?actor=staff@rc-joutseno&from=" + before).expect(200).json())
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(auditor().get(AUDIT_LOG + "?record=" + id + "&to=" + before).expect(200).json()).isEmpty();
        assertThat(auditor().get(AUDIT_LOG + "?record=" + id + "&size=1&page=1").expect(200).json()).hasSize(1);
        // the auditor's search is itself on record
        assertThat(auditor().get(AUDIT_LOG + "?actor=auditor@polku").expect(200).json())
                .anySatisfy(e -> assertThat(e.get("purpose").asString()).isEqualTo("AUDIT"));
    }

    @Test
    void onlyAuditorsSearchTheLogAndBadParametersAreNamed() {
        assertThat(staff("rc-joutseno").get(AUDIT_LOG).status()).isEqualTo(403);
        assertThat(new ApiClient("http://localhost:" + port, null).get(AUDIT_LOG).status()).isEqualTo(401);

        var unreadable = auditor().get(AUDIT_LOG + "?from=yesterday");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        assertThat(unreadable.json().get("errors").get(0).get("field").asString()).isEqualTo("from");

        var backwards = auditor().get(AUDIT_LOG + "?from=2026-03-02T10:00:00Z&to=2026-03-01T10:00:00Z");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(auditor().get(AUDIT_LOG + "?size=100000").json().get("errors").get(0).get("field").asString())
                .isEqualTo("size");
    }

    @Test
    void anotherCentresStaffAreRefusedAndReadNothing() {
        String id = registerWithPermit("rc-joutseno");
        long entries = auditor().get(AUDIT_LOG + "?record=" + id).expect(200).json().size();
        assertThat(staff("rc-oulu").get("/api/v1/households/" + id).status()).isEqualTo(403);
        assertThat(auditor().get(AUDIT_LOG + "?record=" + id + "&actor=staff@rc-oulu").expect(200).json()).isEmpty();
        assertThat(auditor().get(AUDIT_LOG + "?record=" + id).expect(200).json().size()).isEqualTo(entries);
    }

    @Test
    void withoutConsentTheNeedsAreNotSharedAndWithConsentTheyAre() {
        String id = registerWithPermit("rc-joutseno");
        var refused = staff("rc-joutseno").post(path(id), application(needs(true, false)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("consent-required");
        assertThat(status(id)).isEqualTo("PERMIT_GRANTED");

        // a consent to the municipality alone is not enough for evident social or health-care needs
        consentForAll("rc-joutseno", id, "MUNICIPALITY");
        assertThat(staff("rc-joutseno").post(path(id), application(needs(true, false))).status()).isEqualTo(409);

        List<String> persons = consentForAll("rc-joutseno", id, "MUNICIPALITY", "WELLBEING_SERVICES_COUNTY");
        staff("rc-joutseno").post(path(id), application(needs(true, false))).expect(201);
        PlacementRequested sent = (PlacementRequested) published(EventType.PLACEMENT_REQUESTED, id);
        assertThat(sent.needs().evidentSocialOrHealthCareNeeds()).isTrue();
        // the refused attempts published nothing: they would be before this one in the household's partition
        assertThat(records(EventType.PLACEMENT_REQUESTED, id)).hasSize(1);
        assertThat(auditor().get(AUDIT_LOG + "?record=" + id).expect(200).json())
                .anySatisfy(e -> assertThat(e.get("action").asString() + " " + e.get("purpose").asString())
                        .isEqualTo("EXPORT PLACEMENT"));

        // a revocation after sharing tells the holders downstream
        staff("rc-joutseno").post("/api/v1/households/" + id + "/consents/" + persons.get(0) + "/revoke",
                Map.of("revokedOn", today().toString())).expect(200);
        ConsentRevoked revoked = (ConsentRevoked) published(EventType.CONSENT_REVOKED, id);
        assertThat(revoked.personId()).isEqualTo(persons.get(0));
        assertThat(revoked.recipients()).containsExactly(ConsentRevoked.Recipient.MUNICIPALITY,
                ConsentRevoked.Recipient.WELLBEING_SERVICES_COUNTY);
        assertThat(revoked.revokedOn()).isEqualTo(today());
    }

    @Test
    void afterARevocationTheNeedsAreNoLongerSharedButThePseudonymousApplicationIs() {
        String id = registerWithPermit("rc-joutseno");
        List<String> persons = consentForAll("rc-joutseno", id, "MUNICIPALITY");
        staff("rc-joutseno").post("/api/v1/households/" + id + "/consents/" + persons.get(1) + "/revoke",
                Map.of("revokedOn", today().toString())).expect(200);
        var refused = staff("rc-joutseno").post(path(id), application(needs(false, true)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains(persons.get(1) + " to MUNICIPALITY")
                .doesNotContain(persons.get(0));

        staff("rc-joutseno").post(path(id), application(needs(false, false))).expect(201);
        PlacementRequested sent = (PlacementRequested) published(EventType.PLACEMENT_REQUESTED, id);
        assertThat(sent.needs().accessibility()).isFalse();
        assertThat(sent.needs().evidentSocialOrHealthCareNeeds()).isFalse();
        // only the pseudonymous application left; the revocation before any sharing needed telling nobody
        assertThat(records(EventType.PLACEMENT_REQUESTED, id)).hasSize(1);
        assertThat(records(EventType.CONSENT_REVOKED, id)).isEmpty();
    }

    private static String path(String id) {
        return "/api/v1/households/" + id + "/placement-application";
    }

    private PolkuEvent published(EventType type, String householdId) {
        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(
                () -> records(type, householdId).stream().findFirst(), Optional::isPresent).get();
        EventEnvelope envelope = KafkaCloudEvents.fromMessage(MessageBuilder.withPayload(record.value())
                .copyHeaders(HouseholdFlowTest.headers(record)).build());
        return EventCodec.decode(envelope);
    }

    private static List<ConsumerRecord<String, byte[]>> records(EventType type, String householdId) {
        return probe.records(RESIDENTS, type.typeName()).stream().filter(r -> householdId.equals(r.key())).toList();
    }

    private String status(String id) {
        return staff("rc-joutseno").get("/api/v1/households/" + id).expect(200).json().get("status").asString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }
}
