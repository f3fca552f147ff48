package fi.polku.placement;

import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.events.reception.SelfMoveReported;
import fi.polku.placement.application.PathWatch;
import fi.polku.placement.application.PlacementService;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The rest of the placement path: quota refugees, declines, self-moves, later moves, merges, confirmations. */
class PlacementLifecycleTest extends PlacementServiceTest {

    static final int YEAR = PlacementFlowTest.YEAR;

    @Autowired
    PathWatch watch;

    @Test
    void aQuotaFamilyIsOfferedAcceptedGivenItsPersonalDataAndArrives() {
        recordAgreement("179", "13", Map.of("year", YEAR, "group", "QUOTA", "places", 10), true);
        JsonNode opened = as(TestUser.migriOfficer()).post("/api/v1/quota-intakes", Map.of(
                "intakeId", "RRF-" + UUID.randomUUID(), "region", "13", "selectedOn", YEAR + "-01-15",
                "members", List.of(Map.of("birthDate", "1984-02-02", "relationship", "APPLICANT"),
                        Map.of("birthDate", "2016-07-07", "relationship", "CHILD")),
                "needs", Map.of("evidentSocialOrHealthCareNeeds", false), "languages", List.of("ar"),
                "emergency", true, "profile", Map.of("unhcrReference", "UNHCR-42", "education", List.of("university"))))
                .expect(201).json();
        String caseId = opened.get("id").asString();
        assertThat(opened.get("route").asString()).isEqualTo("QUOTA");
        String personId = "unused";
        as(TestUser.migriOfficer()).put("/api/v1/cases/" + caseId + "/personal-data", Map.of("persons", List.of(
                Map.of("personId", personId, "firstNames", "Layla", "lastName", "Example", "birthDate", "1984-02-02")))).expect(200);

        JsonNode offer = awaitOffer("179", caseId);
        assertThat(offer.get("quotaProfile").get("unhcrReference").asString()).isEqualTo("UNHCR-42");
        assertThat(offer.get("emergency").asBoolean()).isTrue();
        // before acceptance nobody gets the personal data
        assertThat(as(TestUser.municipalityOfficer("179")).get("/api/v1/cases/" + caseId + "/personal-data").status())
                .isEqualTo(409);
        as(TestUser.municipalityOfficer("179")).post("/api/v1/offers/" + offer.get("offerId").asString() + "/accept", "")
                .expect(200);
        JsonNode released = as(TestUser.municipalityOfficer("179")).get("/api/v1/cases/" + caseId + "/personal-data")
                .expect(200).json();
        assertThat(released.get(0).get("lastName").asString()).isEqualTo("Example");
        assertThat(as(TestUser.municipalityOfficer("091")).get("/api/v1/cases/" + caseId + "/personal-data").status())
                .isEqualTo(409);
        JsonNode releases = as(TestUser.auditor()).get("/api/v1/cases/" + caseId + "/personal-data/releases")
                .expect(200).json();
        assertThat(releases).hasSize(1);
        assertThat(releases.get(0).get("releasedTo").asString()).isEqualTo("officer@179");
        // the audit log has Migri's storing and the one release (refused attempts released nothing)
        JsonNode audit = as(TestUser.auditor()).get("/api/v1/audit-log?record=" + caseId).expect(200).json();
        assertThat(audit).extracting(e -> e.get("action").asString() + " " + e.get("purpose").asString() + " "
                + e.get("actor").asString()).containsExactlyInAnyOrder("CREATE PLACEMENT officer@migri",
                "EXPORT PLACEMENT officer@179");
        assertThat(audit).allSatisfy(e -> assertThat(e.get("recordType").asString())
                .isEqualTo("quota-personal-data"));
        assertThat(as(TestUser.municipalityOfficer("179")).get("/api/v1/audit-log?record=" + caseId).status())
                .isEqualTo(403);

        as(TestUser.coordinator("13")).post("/api/v1/cases/" + caseId + "/arrival?date=" + YEAR + "-03-01", "").expect(200);
        assertThat(KafkaProbe.value(awaitEvent(EventType.SETTLED, caseId))).contains("\"municipality\":\"179\"",
                "QUOTA_REFUGEE");
        JsonNode assignments = as(TestUser.municipalityOfficer("179")).get("/api/v1/assignments?year=" + YEAR)
                .expect(200).json();
        assertThat(assignments.toString()).contains(caseId);
    }

    @Test
    void aDeclinedOfferReturnsToTheCoordinatorWhoOffersTheNextRecommendation() {
        recordAgreement("853", "02", Map.of("year", YEAR, "group", "ASYLUM", "places", 20), false);  // Turku
        recordAgreement("680", "02", Map.of("year", YEAR, "group", "ASYLUM", "places", 20), false);  // Raisio
        PlacementRequested application = PlacementFlowTest.application(List.of("853"), 2);
        publishFromReception(application);
        String caseId = fi.polku.placement.application.PlacementService.caseIdFor(application.applicationId());
        JsonNode offer = awaitOffer("853", caseId);
        as(TestUser.municipalityOfficer("853")).post("/api/v1/offers/" + offer.get("offerId").asString() + "/decline",
                Map.of("reason", "NO_HOUSING")).expect(200);
        assertThat(KafkaProbe.value(awaitEvent(EventType.OFFER_DECLINED, caseId))).contains("NO_HOUSING");

        JsonNode queued = as(TestUser.coordinator("17")).get("/api/v1/cases/" + caseId).expect(200).json();
        assertThat(queued.get("status").asString()).isEqualTo("OPEN");
        assertThat(queued.get("nextRecommendation").get("municipality").asString()).isNotEqualTo("853");
        JsonNode ranked = as(TestUser.coordinator("17")).get("/api/v1/cases/" + caseId + "/recommendations").expect(200)
                .json();
        assertThat(ranked.toString()).doesNotContain("\"853\"").contains("\"680\"");
        assertThat(ranked.get(0).get("parts").has("placesLeft")).isTrue();

        as(TestUser.coordinator("17")).post("/api/v1/cases/" + caseId + "/offers", Map.of("municipality", "680"))
                .expect(200);
        JsonNode second = awaitOffer("680", caseId);
        as(TestUser.municipalityOfficer("680")).post("/api/v1/offers/" + second.get("offerId").asString() + "/accept", "")
                .expect(200);
        assertThat(KafkaProbe.value(awaitEvent(EventType.ASSIGNED, caseId))).contains("\"municipality\":\"680\"");
        // and a bad reason code is a 400 naming the field
        var bad = as(TestUser.municipalityOfficer("680")).post("/api/v1/offers/" + second.get("offerId").asString()
                + "/decline", Map.of("reason", "BORED"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void aSelfMoveIsRecordedWithoutAnOfferAndSettledOnTheMove() {
        String householdId = UUID.randomUUID().toString();
        publishFromReception(new SelfMoveReported(householdId, "rc-oulu", "564", LocalDate.of(YEAR, 2, 1),
                IntegrationGroup.FAMILY_REUNIFICATION, LocalDate.of(YEAR, 1, 2),
                List.of(new PlacementRequested.Member(UUID.randomUUID().toString(), LocalDate.of(1999, 9, 9), "APPLICANT", false))));
        ConsumerRecord<String, byte[]> opened = await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(CASES,
                EventType.CASE_OPENED.typeName()).stream().filter(r -> KafkaProbe.value(r).contains(householdId))
                .findFirst(), Optional::isPresent).get();
        assertThat(KafkaProbe.value(opened)).contains("SELF_MOVE");
        publishFromReception(new MovedOut(householdId, "rc-oulu", LocalDate.of(YEAR, 2, 1), "564"));
        assertThat(KafkaProbe.value(awaitEvent(EventType.SETTLED, opened.key()))).contains("\"municipality\":\"564\"");
        assertThat(probe.records(CASES, EventType.OFFER_MADE.typeName())).noneMatch(r -> r.key().equals(opened.key()));
    }

    @Test
    void laterMovesAndMunicipalMergesChangeTheResidenceAndKeepTheHistory() {
        PlacementRequested toPertunmaa = PlacementFlowTest.application(List.of(), 1);
        publishFromReception(toPertunmaa);
        String merged = fi.polku.placement.application.PlacementService.caseIdFor(toPertunmaa.applicationId());
        awaitEvent(EventType.CASE_OPENED, merged);
        publishFromReception(new MovedOut(toPertunmaa.householdId(), "rc-oulu", LocalDate.of(2024, 12, 1), "588"));
        assertThat(KafkaProbe.value(awaitEvent(EventType.SETTLED, merged))).contains("\"municipality\":\"588\"");
        watch.run();
        String change = KafkaProbe.value(awaitEvent(EventType.RESIDENCE_CHANGED, merged));
        assertThat(change).contains("\"fromMunicipality\":\"588\"", "\"toMunicipality\":\"507\"",
                "\"since\":\"2025-01-01\"");
        watch.run(); // repeating the watch moves nobody twice
        JsonNode view = as(TestUser.coordinator("17")).get("/api/v1/cases/" + merged).expect(200).json();
        assertThat(view.get("residences")).hasSize(2);

        as(TestUser.coordinator("17")).post("/api/v1/cases/" + merged + "/residence",
                Map.of("municipality", "091", "since", "2025-06-15")).expect(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(CASES, EventType.RESIDENCE_CHANGED.typeName())
                .stream().filter(r -> r.key().equals(merged)).count() == 2);
        var backwards = as(TestUser.coordinator("17")).post("/api/v1/cases/" + merged + "/residence",
                Map.of("municipality", "049", "since", "2025-01-01"));
        assertThat(backwards.status()).isEqualTo(409);
    }

    @Test
    void theYearlyConfirmationRoundIsAskedByTheCoordinatorAndAnsweredByTheMunicipality() {
        recordAgreement("153", "09", Map.of("year", YEAR, "group", "ASYLUM", "places", 5), false); // Imatra
        JsonNode asked = as(TestUser.coordinator("09")).post("/api/v1/confirmation-rounds", Map.of("year", YEAR + 1,
                "deadline", LocalDate.now().plusDays(20).toString())).expect(200).json();
        assertThat(asked.get("municipalities").toString()).contains("153");
        var answer = Map.of("places", List.of(Map.of("year", YEAR + 1, "group", "ASYLUM", "places", 30),
                        Map.of("year", YEAR + 1, "group", "QUOTA", "places", 10)),
                "familyGroupHomes", List.of(Map.of("year", YEAR + 1, "name", "Perheryhmäkoti Saimaa", "places", 7)),
                "takesEmergencyCases", true);
        assertThat(as(TestUser.municipalityOfficer("091")).post("/api/v1/municipalities/153/confirmations/" + (YEAR + 1),
                answer).status()).isEqualTo(403);
        JsonNode confirmed = as(TestUser.municipalityOfficer("153")).post("/api/v1/municipalities/153/confirmations/"
                + (YEAR + 1), answer).expect(200).json();
        assertThat(confirmed.get("places").toString()).contains("UNACCOMPANIED_MINOR");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(MUNICIPALITIES,
                EventType.AGREEMENT_CHANGED.typeName()).stream().filter(r -> "153".equals(r.key())).count() >= 2);
        var eightChildren = Map.of("places", List.of(), "familyGroupHomes", List.of(Map.of("year", YEAR + 1,
                "name", "Too big", "places", 8)), "takesEmergencyCases", true);
        assertThat(as(TestUser.municipalityOfficer("153")).post("/api/v1/municipalities/153/confirmations/" + (YEAR + 1),
                eightChildren).status()).isEqualTo(400);
    }

    @Test
    void aRevokedConsentDeletesTheSharedNeedsSoNoLaterOfferForwardsThem() {
        PlacementRequested shared = PlacementFlowTest.application(List.of("564"), 2);
        shared = new PlacementRequested(shared.applicationId(), shared.householdId(), shared.receptionCentreId(),
                shared.receptionMunicipality(), shared.integrationGroup(), shared.permitDate(), shared.members(),
                new Needs(true, true, false, false), shared.languages(), shared.familyTiesMunicipalities(),
                shared.wishedMunicipalities());
        publishFromReception(shared);
        String caseId = PlacementService.caseIdFor(shared.applicationId());
        JsonNode before = await().atMost(Duration.ofSeconds(20)).until(() -> caseView(caseId), Optional::isPresent)
                .get();
        assertThat(before.get("needs").get("evidentSocialOrHealthCareNeeds").asBoolean()).isTrue();

        ConsentRevoked revoked = new ConsentRevoked(shared.householdId(), shared.members().get(0).personId(),
                List.of(ConsentRevoked.Recipient.MUNICIPALITY), LocalDate.now());
        publishFromReception(revoked);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode needs = caseView(caseId).orElseThrow().get("needs");
            assertThat(needs.get("evidentSocialOrHealthCareNeeds").asBoolean()).isFalse();
            assertThat(needs.get("accessibility").asBoolean()).isFalse();
        });
        // the coordinator sees that the needs were withdrawn, not that there were none
        assertThat(caseView(caseId).orElseThrow().get("needsWithdrawnOn").asString())
                .isEqualTo(revoked.revokedOn().toString());
    }

    private Optional<JsonNode> caseView(String caseId) {
        var response = as(TestUser.coordinator("17")).get("/api/v1/cases/" + caseId);
        return response.status() == 200 ? Optional.of(response.json()) : Optional.empty();
    }

    private void recordAgreement(String municipality, String region, Map<String, Object> places, boolean emergency) {
        as(TestUser.coordinator(region)).put("/api/v1/municipalities/" + municipality + "/agreement", Map.of(
                "validFrom", "2017-01-01", "places", List.of(places), "takesEmergencyCases", emergency,
                "integrationProgramme", Map.of("validFrom", "2025-01-01"))).expect(200);
    }

    private JsonNode awaitOffer(String municipality, String caseId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode o : as(TestUser.municipalityOfficer(municipality)).get("/api/v1/offers").expect(200).json()) {
                if (o.get("caseId").asString().equals(caseId)) {
                    return Optional.of(o);
                }
            }
            return Optional.<JsonNode>empty();
        }, Optional::isPresent).get();
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(EventType type, String caseId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(CASES, type.typeName()).stream()
                .filter(r -> caseId.equals(r.key())).findFirst(), Optional::isPresent).get();
    }
}
