package fi.polku.placement;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.EventType;
import fi.polku.events.reception.MovedOut;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.placement.application.PlacementService;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PlacementFlowTest extends PlacementServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @org.springframework.beans.factory.annotation.Autowired
    fi.polku.kit.metrics.GaugeRefresher gauges;

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear();

    @Test
    void anApplicationIsOfferedAcceptedAssignedAndSettled() {
        recordAgreement("179", "13", 40); // Jyväskylä, Keski-Suomi
        PlacementRequested application = application(List.of("179"), 3);
        publishFromReception(application);
        String caseId = PlacementService.caseIdFor(application.applicationId());

        JsonNode offer = await().atMost(Duration.ofSeconds(20)).until(() -> openOffers("179").stream()
                .filter(o -> o.get("caseId").asString().equals(caseId)).findFirst(), java.util.Optional::isPresent).get();
        assertThat(offer.get("memberAges")).hasSize(3);
        assertThat(offer.toString()).doesNotContain("personId");
        String offerId = offer.get("offerId").asString();

        // another municipality's officer can neither see nor accept it
        assertThat(as(TestUser.municipalityOfficer("091")).get("/api/v1/offers/" + offerId).status()).isEqualTo(403);
        assertThat(as(TestUser.municipalityOfficer("091")).post("/api/v1/offers/" + offerId + "/accept", "").status())
                .isEqualTo(403);

        as(TestUser.municipalityOfficer("179")).post("/api/v1/offers/" + offerId + "/accept", "").expect(200);
        awaitEvent(EventType.OFFER_ACCEPTED, caseId);
        ConsumerRecord<String, byte[]> assigned = awaitEvent(EventType.ASSIGNED, caseId);
        assertThat(KafkaProbe.value(assigned)).contains("\"municipality\":\"179\"");
        JsonNode agreement = as(TestUser.coordinator("13")).get("/api/v1/municipalities/179").json().get("agreement");
        assertThat(agreement.get("places").get(0).get("used").asInt()).isEqualTo(3);

        publishFromReception(new MovedOut(application.householdId(), "rc-oulu", LocalDate.of(YEAR, 2, 1), "179"));
        ConsumerRecord<String, byte[]> settled = awaitEvent(EventType.SETTLED, caseId);
        assertThat(KafkaProbe.value(settled)).contains("\"residentSince\":\"" + YEAR + "-02-01\"");
        JsonNode view = as(TestUser.coordinator("17")).get("/api/v1/cases/" + caseId).expect(200).json();
        assertThat(view.get("status").asString()).isEqualTo("SETTLED");
        assertThat(view.get("residences").get(0).get("municipality").asString()).isEqualTo("179");
        // a coordinator of another region may not look
        assertThat(as(TestUser.coordinator("01")).get("/api/v1/cases/" + caseId).status()).isEqualTo(403);
    }

    @Test
    void aMoveOutToAMergedMunicipalitySettlesInTheReceivingOne() {
        PlacementRequested application = application(List.of(), 1);
        publishFromReception(application);
        String caseId = PlacementService.caseIdFor(application.applicationId());
        awaitEvent(EventType.CASE_OPENED, caseId);
        publishFromReception(new MovedOut(application.householdId(), "rc-oulu", LocalDate.of(2025, 3, 1), "588"));
        assertThat(KafkaProbe.value(awaitEvent(EventType.SETTLED, caseId))).contains("\"municipality\":\"507\"");
    }

    @Test
    void theLastPlaceIsTakenOnceWhenOfficersAcceptConcurrently() throws Exception {
        recordAgreement("837", "06", 3); // Tampere, Pirkanmaa: three places
        List<String> offerIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PlacementRequested application = application(List.of("837"), 1);
            publishFromReception(application);
            String caseId = PlacementService.caseIdFor(application.applicationId());
            offerIds.add(await().atMost(Duration.ofSeconds(20)).until(() -> openOffers("837").stream()
                    .filter(o -> o.get("caseId").asString().equals(caseId)).findFirst(), java.util.Optional::isPresent)
                    .get().get("offerId").asString());
        }
        CyclicBarrier start = new CyclicBarrier(offerIds.size());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(offerIds.size());
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String offerId : offerIds) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return as(TestUser.municipalityOfficer("837")).post("/api/v1/offers/" + offerId + "/accept", "")
                        .status();
            }, pool));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        JsonNode places = as(TestUser.coordinator("06")).get("/api/v1/municipalities/837").json()
                .get("agreement").get("places").get(0);
        assertThat(places.get("used").asInt()).isEqualTo(3);
        assertThat(places.get("left").asInt()).isZero();
    }

    @Test
    void thePipelineIsMeasuredAsCasesAreWrittenAndNoTagNamesAPersonOrACase() {
        recordAgreement("853", "02", 25); // Turku, Varsinais-Suomi
        double declinedBefore = count("declined", "NO_HOUSING");
        double offersBefore = count("made", "none");
        PlacementRequested application = application(List.of("853"), 2);
        publishFromReception(application);
        String caseId = PlacementService.caseIdFor(application.applicationId());
        String offerId = await().atMost(Duration.ofSeconds(20)).until(() -> openOffers("853").stream()
                .filter(o -> o.get("caseId").asString().equals(caseId)).findFirst(), java.util.Optional::isPresent)
                .get().get("offerId").asString();
        as(TestUser.municipalityOfficer("853")).post("/api/v1/offers/" + offerId + "/decline",
                Map.of("reason", "NO_HOUSING")).expect(200);

        assertThat(count("made", "none")).isEqualTo(offersBefore + 1);
        assertThat(count("declined", "NO_HOUSING")).isEqualTo(declinedBefore + 1);
        // the permit is of 5 January, the application and offer of today: the days are recorded per milestone
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(YEAR, 1, 5),
                LocalDate.now(ZoneId.of("Europe/Helsinki")));
        assertThat(meters.get("polku.placement.path").tag("milestone", "offer").tag("route", "ASSISTED").summary()
                .max()).isGreaterThanOrEqualTo(days);

        gauges.refreshAll(); // on a schedule in the running service
        assertThat(meters.get("polku.placement.places.confirmed").tag("municipality", "853").tag("region", "02")
                .tag("group", "ASYLUM").tag("year", String.valueOf(YEAR)).gauge().value()).isEqualTo(25);
        assertThat(meters.get("polku.placement.places.used").tag("municipality", "853").tag("year", String.valueOf(YEAR))
                .tag("group", "ASYLUM").gauge().value()).isZero(); // only an accepted offer reserves places
        assertThat(meters.get("polku.placement.cases").tag("stage", "OPEN").tag("route", "ASSISTED").gauge().value())
                .isGreaterThanOrEqualTo(1);

        List<String> tagValues = meters.getMeters().stream().flatMap(m -> m.getId().getTags().stream())
                .map(io.micrometer.core.instrument.Tag::getValue).toList();
        assertThat(tagValues).doesNotContain(caseId, offerId, application.householdId(),
                application.members().get(0).personId());
    }

    private double count(String outcome, String reason) {
        var counter = meters.find("polku.placement.offers").tag("outcome", outcome).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aBadAgreementGetsProblemDetailsAndChangesNothing() {
        var response = as(TestUser.coordinator("09")).put("/api/v1/municipalities/405/agreement", Map.of(
                "validFrom", "2026-01-01", "places", List.of(Map.of("year", 1999, "group", "ASYLUM", "places", -1)),
                "takesEmergencyCases", false));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("places[0].year", "places[0].places");
        assertThat(as(TestUser.coordinator("09")).get("/api/v1/municipalities/405").json().get("agreement").isNull())
                .isTrue();
        // and a coordinator of another region may not record it at all
        assertThat(as(TestUser.coordinator("01")).put("/api/v1/municipalities/405/agreement", agreement(5)).status())
                .isEqualTo(403);
    }

    private void recordAgreement(String municipality, String region, int places) {
        as(TestUser.coordinator(region)).put("/api/v1/municipalities/" + municipality + "/agreement", agreement(places))
                .expect(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(MUNICIPALITIES,
                EventType.AGREEMENT_CHANGED.typeName()).stream().anyMatch(r -> municipality.equals(r.key())));
    }

    private static Map<String, Object> agreement(int places) {
        return Map.of("validFrom", "2017-01-01",
                "places", List.of(Map.of("year", YEAR, "group", "ASYLUM", "places", places)),
                "takesEmergencyCases", false,
                "integrationProgramme", Map.of("validFrom", "2025-01-01"));
    }

    private List<JsonNode> openOffers(String municipality) {
        List<JsonNode> offers = new ArrayList<>();
        as(TestUser.municipalityOfficer(municipality)).get("/api/v1/offers").expect(200).json().forEach(offers::add);
        return offers;
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(EventType type, String caseId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(CASES, type.typeName()).stream()
                .filter(r -> caseId.equals(r.key())).findFirst(), java.util.Optional::isPresent).get();
    }

    static PlacementRequested application(List<String> wishes, int size) {
        List<PlacementRequested.Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new PlacementRequested.Member(UUID.randomUUID().toString(),
                    LocalDate.of(1985 + i * 8, 6, 15), i == 0 ? "APPLICANT" : "CHILD", false));
        }
        return new PlacementRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "rc-oulu", "564",
                IntegrationGroup.INTERNATIONAL_PROTECTION, LocalDate.of(YEAR, 1, 5), members, Needs.none(),
                List.of("ar"), List.of(), wishes);
    }
}
