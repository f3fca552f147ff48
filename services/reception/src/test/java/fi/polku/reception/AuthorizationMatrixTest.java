package fi.polku.reception;

import fi.polku.kit.security.Role;
import fi.polku.testkit.authz.AuthorizationMatrixContract;
import fi.polku.testkit.authz.MatrixRequests;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Every endpoint against every role and scope: the records belong to Oulu's reception centre. */
class AuthorizationMatrixTest extends ReceptionServiceTest implements AuthorizationMatrixContract {

    @Override
    public String service() {
        return "reception";
    }

    @Override
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @Override
    public MatrixRequests seedAndDescribeRequests() {
        Map<String, Object> newHousehold = Map.of("receptionCentreId", "rc-oulu",
                "members", List.of(member("Amina", "1990-01-01", null, "APPLICANT")));
        JsonNode household = staff("rc-oulu").post("/api/v1/households", newHousehold).expect(201).json();
        String id = household.get("id").asString();
        String person = household.get("members").get(0).get("personId").asString();
        Map<String, Object> permit = Map.of("personId", person, "decisionDate", "2026-10-01",
                "permitType", "continuous (A)", "integrationGroup", "INTERNATIONAL_PROTECTION");
        staff("rc-oulu").post("/api/v1/households/" + id + "/permits", permit).expect(200);
        return new MatrixRequests().variable("id", id).variable("personId", person)
                .body("POST /api/v1/households", newHousehold)
                .body("POST /api/v1/households/{id}/permits", permit)
                .body("POST /api/v1/households/{id}/placement-application", Map.of(
                        "needs", Map.of("evidentSocialOrHealthCareNeeds", false, "accessibility", false,
                                "largeFamily", false, "unaccompaniedMinor", false),
                        "languages", List.of("ar"), "familyTiesMunicipalities", List.of(),
                        "wishedMunicipalities", List.of("564")))
                .body("POST /api/v1/households/{id}/move-out", Map.of("date", "2026-11-20",
                        "destinationMunicipality", "564"))
                .body("POST /api/v1/households/{id}/self-move", Map.of("municipality", "564",
                        "moveDate", "2026-11-20"))
                .body("POST /api/v1/households/{id}/checklist", Map.of("step", "KELA_APPLICATION",
                        "personId", person, "outcome", "DONE", "date", "2026-10-15"))
                .body("POST /api/v1/households/{id}/consents", Map.of("personId", person,
                        "scopes", List.of("MUNICIPALITY"), "givenOn", "2026-10-15"))
                .body("POST /api/v1/households/{id}/consents/{personId}/revoke", Map.of("revokedOn", "2026-10-20"))
                .body("POST /api/v1/households/{id}/competences", Map.of("personId", person,
                        "education", "Vocational", "workHistory", "8 years", "skills", List.of("welding"),
                        "languages", List.of("ar")));
    }
}
