package fi.polku.placement;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.security.Role;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.authz.AuthorizationMatrixContract;
import fi.polku.testkit.authz.MatrixRequests;
import fi.polku.testkit.authz.MatrixUsers;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Every endpoint against every role and scope. The records belong to Pohjois-Karjala (region 12) and Joensuu (167),
 * which no other test of this suite uses: an asylum case with an open offer to Joensuu, and a quota case Joensuu
 * accepted (so its personal data is Joensuu's). Joensuu has one place per group, both taken by these cases, so no
 * other test's case is ever offered there.
 */
class AuthorizationMatrixTest extends PlacementServiceTest implements AuthorizationMatrixContract {

    static final int YEAR = PlacementFlowTest.YEAR;
    static final TestUser COORDINATOR = TestUser.coordinator("12");
    static final TestUser OFFICER = TestUser.municipalityOfficer("167");

    @Override
    public String service() {
        return "placement";
    }

    @Override
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @Override
    public MatrixUsers users() {
        return MatrixUsers.defaults().scoped(COORDINATOR, TestUser.coordinator("01"))
                .scoped(OFFICER, TestUser.municipalityOfficer("091"));
    }

    @Override
    public MatrixRequests seedAndDescribeRequests() {
        Map<String, Object> agreement = Map.of("validFrom", "2017-01-01", "takesEmergencyCases", false,
                "places", List.of(Map.of("year", YEAR, "group", "ASYLUM", "places", 1),
                        Map.of("year", YEAR, "group", "QUOTA", "places", 1)),
                "integrationProgramme", Map.of("validFrom", "2025-01-01"));
        as(COORDINATOR).put("/api/v1/municipalities/167/agreement", agreement).expect(200);

        Map<String, Object> intake = Map.of("intakeId", "RRF-" + UUID.randomUUID(), "region", "12",
                "selectedOn", YEAR + "-01-15", "members", List.of(Map.of("birthDate", "1984-02-02",
                        "relationship", "APPLICANT")),
                "needs", Map.of("evidentSocialOrHealthCareNeeds", false), "languages", List.of("ar"),
                "emergency", false, "profile", Map.of("unhcrReference", "UNHCR-7"));
        String quotaCase = as(TestUser.migriOfficer()).post("/api/v1/quota-intakes", intake).expect(201).json()
                .get("id").asString();
        Map<String, Object> personalData = Map.of("persons", List.of(Map.of("personId", "p-1",
                "firstNames", "Layla", "lastName", "Example", "birthDate", "1984-02-02")));
        as(TestUser.migriOfficer()).put("/api/v1/cases/" + quotaCase + "/personal-data", personalData).expect(200);
        as(OFFICER).post("/api/v1/offers/" + openOffer(quotaCase).get("offerId").asString() + "/accept", "")
                .expect(200);

        List<String> before = openOffers().stream().map(o -> o.get("offerId").asString()).toList();
        publishFromReception(new PlacementRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "rc-joensuu", "167", IntegrationGroup.INTERNATIONAL_PROTECTION, LocalDate.of(YEAR, 1, 5),
                List.of(new PlacementRequested.Member(UUID.randomUUID().toString(), LocalDate.of(1990, 6, 15),
                        "APPLICANT", false)), Needs.none(), List.of("ar"), List.of(), List.of("167")));
        JsonNode offer = await().atMost(Duration.ofSeconds(20)).until(() -> openOffers().stream()
                .filter(o -> !before.contains(o.get("offerId").asString())).findFirst(),
                java.util.Optional::isPresent).get();
        String caseId = offer.get("caseId").asString();

        return new MatrixRequests().variable("code", "167").variable("year", String.valueOf(YEAR))
                .variable("id", caseId).variable("offerId", offer.get("offerId").asString())
                .at("PUT /api/v1/cases/{id}/personal-data", "/api/v1/cases/" + quotaCase + "/personal-data")
                .at("GET /api/v1/cases/{id}/personal-data", "/api/v1/cases/" + quotaCase + "/personal-data")
                .at("GET /api/v1/cases/{id}/personal-data/releases",
                        "/api/v1/cases/" + quotaCase + "/personal-data/releases")
                .at("POST /api/v1/cases/{id}/arrival", "/api/v1/cases/" + quotaCase + "/arrival")
                .query("POST /api/v1/cases/{id}/arrival", "date=" + YEAR + "-03-01")
                .query("GET /api/v1/cases", "region=12")
                .query("GET /api/v1/cases/past-target", "region=12")
                .query("GET /api/v1/assignments", "year=" + YEAR + "&region=12")
                .body("PUT /api/v1/municipalities/{code}/agreement", agreement)
                .body("POST /api/v1/confirmation-rounds", Map.of("year", YEAR + 1,
                        "deadline", (YEAR + 1) + "-01-31", "region", "12"))
                .body("POST /api/v1/municipalities/{code}/confirmations/{year}", Map.of("places",
                        List.of(Map.of("year", YEAR, "group", "ASYLUM", "places", 1)),
                        "takesEmergencyCases", false))
                .body("POST /api/v1/cases/{id}/offers", Map.of("municipality", "167"))
                .body("POST /api/v1/cases/{id}/residence", Map.of("municipality", "167", "since", YEAR + "-04-01"))
                .body("POST /api/v1/quota-intakes", () -> Map.of("intakeId", "RRF-" + UUID.randomUUID(),
                        "region", "12", "selectedOn", YEAR + "-01-15", "members", intake.get("members"),
                        "needs", intake.get("needs"), "languages", List.of("ar"), "emergency", false,
                        "profile", intake.get("profile")))
                .body("PUT /api/v1/cases/{id}/personal-data", personalData)
                .body("POST /api/v1/offers/{offerId}/decline", Map.of("reason", "NO_HOUSING"));
    }

    private JsonNode openOffer(String caseId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> openOffers().stream()
                .filter(o -> o.get("caseId").asString().equals(caseId)).findFirst(), java.util.Optional::isPresent)
                .get();
    }

    private List<JsonNode> openOffers() {
        List<JsonNode> offers = new ArrayList<>();
        as(OFFICER).get("/api/v1/offers").expect(200).json().forEach(offers::add);
        return offers;
    }
}
