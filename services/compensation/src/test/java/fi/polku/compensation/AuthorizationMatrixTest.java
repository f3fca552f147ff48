package fi.polku.compensation;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.events.IntegrationGroup;
import fi.polku.kit.security.Role;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.authz.AuthorizationMatrixContract;
import fi.polku.testkit.authz.MatrixRequests;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Every endpoint against every role and scope. The records are Oulu's (564): a settled person's entitlement, its
 * payment proposal of a run, a claim and an application to a supplementary programme.
 */
class AuthorizationMatrixTest extends PaymentServiceTest implements AuthorizationMatrixContract {

    static final TestUser OULU = TestUser.municipalityOfficer("564");

    @Override
    public String service() {
        return "compensation";
    }

    @Override
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @Override
    public MatrixRequests seedAndDescribeRequests() {
        agreementInForce("564");
        String person = settle("564", LocalDate.of(2024, 9, 1), LocalDate.of(1990, 1, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        String entitlement = Entitlement.idFor(person);
        YearMonth month = nextMonth();
        run(month, 201);
        String proposal = StreamSupport.stream(officer().get(RUNS + "/" + month).expect(200).json()
                        .get("proposals").spliterator(), false)
                .filter(p -> p.get("payee").asString().equals("564")).findFirst().orElseThrow()
                .get("proposalId").asString();
        Map<String, Object> claim = ClaimFlowTest.claim("564", person, "INTERPRETING", "2025-01-01", "2025-01-31",
                48_000);
        String claimId = as(OULU).post("/api/v1/compensation/claims", claim).expect(201).json().get("id").asString();

        // the AMIF cohort: quota refugees settled in 2022, applied for while the window is open
        String child = settle("564", LocalDate.of(2022, 4, 1), LocalDate.of(2018, 3, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        Map<String, Object> application = Map.of("programme", "AMIF-SYLVIA-2022", "municipality", "564",
                "personIds", List.of(child));
        clock.today(LocalDate.of(2023, 5, 15));
        JsonNode submitted = as(OULU).post("/api/v1/compensation/supplementary-applications", application)
                .expect(201).json();
        clock.reset();

        Map<String, Object> grounds = Map.of("reason", "OTHER", "grounds", "Checked");
        return new MatrixRequests().variable("id", entitlement).variable("month", month.toString())
                .variable("proposalId", proposal).variable("municipality", "564")
                .variable("year", String.valueOf(month.getYear()))
                .at("GET /api/v1/compensation/claims/{id}", "/api/v1/compensation/claims/" + claimId)
                .at("POST /api/v1/compensation/claims/{id}/approve",
                        "/api/v1/compensation/claims/" + claimId + "/approve")
                .at("POST /api/v1/compensation/claims/{id}/reject", "/api/v1/compensation/claims/" + claimId + "/reject")
                .at("GET /api/v1/compensation/supplementary-applications/{id}",
                        "/api/v1/compensation/supplementary-applications/" + submitted.get("id").asString())
                .at("POST /api/v1/compensation/supplementary-applications/{id}/approve",
                        "/api/v1/compensation/supplementary-applications/" + submitted.get("id").asString() + "/approve")
                .at("POST /api/v1/compensation/supplementary-applications/{id}/reject",
                        "/api/v1/compensation/supplementary-applications/" + submitted.get("id").asString() + "/reject")
                .query("GET /api/v1/compensation/entitlements", "municipality=564")
                .query("GET /api/v1/compensation/payment-runs/{month}/proposals", "municipality=564")
                .query("GET /api/v1/compensation/claims", "municipality=564")
                .query("GET /api/v1/compensation/supplementary-applications", "municipality=564")
                .query("GET /api/v1/compensation/withheld-months", "municipality=564")
                .query("GET /api/v1/compensation/releases", "municipality=564")
                .body("POST /api/v1/compensation/quotes", Map.of("birthDate", "1990-01-01", "group", "OTHER",
                        "residences", List.of(Map.of("municipality", "564", "from", "2025-02-10"))))
                .body("POST /api/v1/compensation/payment-runs", Map.of("month", month.toString()))
                .body("POST /api/v1/compensation/claims", claim)
                .body("POST /api/v1/compensation/claims/{id}/approve", grounds)
                .body("POST /api/v1/compensation/claims/{id}/reject", grounds)
                .body("POST /api/v1/compensation/supplementary-applications", application)
                .body("POST /api/v1/compensation/supplementary-applications/{id}/approve", grounds)
                .body("POST /api/v1/compensation/supplementary-applications/{id}/reject", grounds)
                .body("POST /api/v1/compensation/withheld-months/release", Map.of("entitlementId", entitlement,
                        "month", month.toString(), "reason", "Checked"));
    }
}
