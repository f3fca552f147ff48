package fi.polku.placement;

import fi.polku.events.reception.PlacementRequested;
import fi.polku.kit.security.Role;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.authz.AuthorizationMatrixContract;
import fi.polku.testkit.authz.MatrixRequests;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Every endpoint against every role and scope. The records belong to Pohjois-Pohjanmaa (region 17) and Oulu (564):
 * an asylum case with an open offer to Oulu, and a quota case Oulu accepted (so its personal data is Oulu's).
 */
class AuthorizationMatrixTest extends PlacementServiceTest implements AuthorizationMatrixContract {

    static final int YEAR = PlacementFlowTest.YEAR;
    static final TestUser COORDINATOR = TestUser.coordinator("17");
    static final TestUser OFFICER = TestUser.municipalityOfficer("564");

    @Override
    public String service() {
        return "placement";
    }

    @Override
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @Override
    public MatrixRequests seedAndDescribeRequests() {
        Map<String, Object> agreement = Map.of("validFrom", "2017-01-01", "takesEmergencyCases", false,
                "places", List.of(Map.of("year", YEAR, "group", "ASYLUM", "places", 50),
                        Map.of("year", YEAR, "group", "QUOTA", "places", 50)),
                "integrationProgramme", Map.of("validFrom", "2025-01-01"));
        as(COORDINATOR).put("/api/v1/municipalities/564/agreement", agreement).expect(200);

        Map<String, Object> intake = Map.of("intakeId", "RRF-" + UUID.randomUUID(), "region", "17",
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
        PlacementRequested application = PlacementFlowTest.application(List.of("564"), 1);
        publishFromReception(application);
        JsonNode offer = await().atMost(Duration.ofSeconds(20)).until(() -> openOffers().stream()
                .filter(o -> !before.contains(o.get("offerId").asString())).findFirst(),
                java.util.Optional::isPresent).get();
        String caseId = offer.get("caseId").asString();

        return new MatrixRequests().variable("code", "564").variable("year", String.valueOf(YEAR))
                .variable("id", caseId).variable("offerId", offer.get("offerId").asString())
                .at("PUT /api/v1/cases/{id}/personal-data", "/api/v1/cases/" + quotaCase + "/personal-data")
                .at("GET /api/v1/cases/{id}/personal-data", "/api/v1/cases/" + quotaCase + "/personal-data")
                .at("GET /api/v1/cases/{id}/personal-data/releases",
                        "/api/v1/cases/" + quotaCase + "/personal-data/releases")
                .at("POST /api/v1/cases/{id}/arrival", "/api/v1/cases/" + quotaCase + "/arrival")
                .query("POST /api/v1/cases/{id}/arrival", "date=" + YEAR + "-03-01")
                .query("GET /api/v1/cases", "region=17")
                .query("GET /api/v1/cases/past-target", "region=17")
                .query("GET /api/v1/assignments", "year=" + YEAR + "&region=17")
                .body("PUT /api/v1/municipalities/{code}/agreement", agreement)
                .body("POST /api/v1/confirmation-rounds", Map.of("year", YEAR + 1,
                        "deadline", (YEAR + 1) + "-01-31", "region", "17"))
                .body("POST /api/v1/municipalities/{code}/confirmations/{year}", Map.of("places",
                        List.of(Map.of("year", YEAR, "group", "ASYLUM", "places", 40)),
                        "takesEmergencyCases", false))
                .body("POST /api/v1/cases/{id}/offers", Map.of("municipality", "564"))
                .body("POST /api/v1/cases/{id}/residence", Map.of("municipality", "564", "since", YEAR + "-04-01"))
                .body("POST /api/v1/quota-intakes", () -> Map.of("intakeId", "RRF-" + UUID.randomUUID(),
                        "region", "17", "selectedOn", YEAR + "-01-15", "members", intake.get("members"),
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
