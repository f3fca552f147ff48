package fi.polku.localstack;

import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system test: one household walks through all four services on one broker, driven only through the public
 * REST APIs with tokens, and every service's resulting state is checked.
 */
class WalkingSkeletonSystemTest {

    static AllServices services;
    static Journey journey;

    @BeforeAll
    static void start() {
        services = AllServices.start();
        journey = new Journey(services.endpoints(), Tokens.shared()::mint, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aDeclinedThenAcceptedOfferReachesTheSecondMunicipality() {
        journey.ensureAgreement("853", "02", 500);
        journey.ensureAgreement("680", "02", 500);
        Journey.Result result = journey.declinedThenAccepted("rc-turku", "853", "680");
        JsonNode placementCase = ApiClient.as(services.endpoints().placement(), TestUser.coordinator("02"))
                .get("/api/v1/cases/" + result.caseId()).expect(200).json();
        assertThat(placementCase.get("offers").get(0).get("status").asString()).isEqualTo("DECLINED");
        assertThat(placementCase.get("offers").get(0).get("declineReason").asString()).isEqualTo("NO_HOUSING");
        assertThat(placementCase.get("offers").get(1).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(placementCase.get("residences").get(0).get("municipality").asString()).isEqualTo("680");
        String inbox = ApiClient.as(services.endpoints().notification(), TestUser.municipalityOfficer("853"))
                .get("/api/v1/inbox?size=100").expect(200).body();
        assertThat(inbox).contains(result.caseId()); // the first municipality was told of the offer
    }

    @Test
    void aSelfMoveIsCompensatedLikeAnyOtherMove() {
        Journey.Result result = journey.selfMove("rc-joutseno", "405");
        JsonNode household = ApiClient.as(services.endpoints().reception(), TestUser.receptionStaff("rc-joutseno"))
                .get("/api/v1/households/" + result.householdId()).expect(200).json();
        assertThat(household.get("status").asString()).isEqualTo("MOVED_OUT");
        assertThat(household.get("residenceMunicipality").asString()).isEqualTo("405");
        JsonNode placementCase = ApiClient.as(services.endpoints().placement(), TestUser.coordinator("09"))
                .get("/api/v1/cases/" + result.caseId()).expect(200).json();
        assertThat(placementCase.get("route").asString()).isEqualTo("SELF_MOVE");
        assertThat(placementCase.get("offers")).isEmpty();
    }

    @Test
    void aQuotaFamilyArrivesAndIsCompensatedForThreeYears() {
        journey.ensureAgreement("837", "06", 500);
        Journey.Result result = journey.quotaArrival("06", "837");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        JsonNode entitlements = ApiClient.as(services.endpoints().compensation(), TestUser.compensationOfficer())
                .get("/api/v1/compensation/entitlements?municipality=837").expect(200).json();
        long quota = entitlements.valueStream().filter(e -> result.personIds().contains(e.get("personId").asString()))
                .filter(e -> e.get("compensationGroup").asString().equals("QUOTA"))
                .filter(e -> e.get("periodEnd").asString().equals(today.plusYears(3).minusDays(1).toString())).count();
        assertThat(quota).isEqualTo(2);
    }

    @Test
    void theFirstPaymentRunPaysTheMunicipalityOfResidenceOnceEvenWhenRunTwice() {
        journey.ensureAgreement("564", "17", 500);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        YearMonth month = YearMonth.from(today);
        // moved out ten days before this month began: this month's first day lies inside the period
        Journey.Result result = journey.assistedPlacement("rc-oulu", "564", 1, month.atDay(1).minusDays(10));
        ApiClient keha = ApiClient.as(services.endpoints().compensation(), TestUser.compensationOfficer());
        int first = keha.post("/api/v1/compensation/payment-runs", Map.of("month", month.toString())).status();
        assertThat(first).isIn(200, 201);
        JsonNode proposals = keha.get("/api/v1/compensation/payment-runs/" + month + "/proposals?municipality=564")
                .expect(200).json();
        String proposal = proposals.valueStream().filter(p -> p.get("payee").asString().equals("564")).findFirst()
                .orElseThrow(() -> new AssertionError("No proposal for 564: " + proposals)).get("proposalId").asString();
        String lines = keha.get("/api/v1/compensation/payment-runs/" + month + "/proposals/" + proposal
                + "/lines?size=500").expect(200).body();
        // 1,955 € a year for a person aged 7 or over, a twelfth rounded half up: 162.92 € a month
        for (String person : result.personIds()) {
            assertThat(lines).contains(person);
        }
        assertThat(lines).contains("16292");
        assertThat(keha.post("/api/v1/compensation/payment-runs", Map.of("month", month.toString())).status())
                .isEqualTo(200);
        String again = keha.get("/api/v1/compensation/payment-runs/" + month + "/proposals/" + proposal
                + "/lines?size=500").expect(200).body();
        assertThat(again).isEqualTo(lines);
        String csv = ApiClient.as(services.endpoints().compensation(), TestUser.municipalityOfficer("564"))
                .get("/api/v1/compensation/payment-runs/" + month + "/proposals/" + proposal + "/lines.csv")
                .expect(200).body();
        assertThat(csv).contains(result.personIds().get(0)).doesNotContain("Amal", "Demo");
    }

    @Test
    void anAssistedPlacementReachesEveryService() {
        journey.ensureAgreement("179", "13", 500);
        Journey.Result result = journey.assistedPlacement("rc-oulu", "179", 2);
        Endpoints e = services.endpoints();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

        JsonNode household = ApiClient.as(e.reception(), TestUser.receptionStaff("rc-oulu"))
                .get("/api/v1/households/" + result.householdId()).expect(200).json();
        assertThat(household.get("status").asString()).isEqualTo("MOVED_OUT");
        assertThat(household.get("assignedMunicipality").asString()).isEqualTo("179");

        JsonNode placementCase = ApiClient.as(e.placement(), TestUser.coordinator("17"))
                .get("/api/v1/cases/" + result.caseId()).expect(200).json();
        assertThat(placementCase.get("status").asString()).isEqualTo("SETTLED");
        assertThat(placementCase.get("residences").get(0).get("municipality").asString()).isEqualTo("179");
        assertThat(placementCase.get("offers").get(0).get("status").asString()).isEqualTo("ACCEPTED");

        JsonNode agreement = ApiClient.as(e.placement(), TestUser.coordinator("13"))
                .get("/api/v1/municipalities/179").expect(200).json().get("agreement");
        assertThat(agreement.get("places").get(0).get("used").asInt()).isEqualTo(3);

        JsonNode entitlements = ApiClient.as(e.compensation(), TestUser.compensationOfficer())
                .get("/api/v1/compensation/entitlements?municipality=179").expect(200).json();
        assertThat(entitlements.toString()).contains(result.personIds().toArray(String[]::new));
        assertThat(entitlements.toString()).contains(today.plusYears(2).minusDays(1).toString());

        String inbox = ApiClient.as(e.notification(), TestUser.municipalityOfficer("179"))
                .get("/api/v1/inbox?size=100").expect(200).body();
        assertThat(inbox).contains(result.caseId());
        String otherInbox = ApiClient.as(e.notification(), TestUser.municipalityOfficer("091"))
                .get("/api/v1/inbox?size=100").expect(200).body();
        assertThat(otherInbox).doesNotContain(result.caseId());
    }
}
