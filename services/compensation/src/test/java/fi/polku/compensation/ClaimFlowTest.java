package fi.polku.compensation;

import fi.polku.events.compensation.DecisionReason;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.PolkuEvent;
import fi.polku.events.compensation.ClaimDecided;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ClaimFlowTest extends PaymentServiceTest {

    static final String CLAIMS = "/api/v1/compensation/claims";

    @Test
    void aClaimIsCheckedOnSubmissionDecidedByAnOfficerAndPaidInTheNextRun() {
        agreementInForce("091");
        String person = settle("091", LocalDate.of(2024, 9, 1), LocalDate.of(1990, 1, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        ApiClient helsinki = as(TestUser.municipalityOfficer("091"));

        JsonNode claim = helsinki.post(CLAIMS, claim("091", person, "INTERPRETING", "2025-01-01", "2025-01-31",
                48_000)).expect(201).json();
        assertThat(claim.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(claim.get("submittedBy").asString()).isEqualTo("officer@091");
        String id = claim.get("id").asString();

        // not eligible: problem details name the rule and the reason
        var belowThreshold = helsinki.post(CLAIMS, claim("091", person, "SPECIAL_SOCIAL_HEALTH", "2025-01-01",
                "2025-06-30", 195_500));
        assertThat(belowThreshold.status()).isEqualTo(409);
        assertThat(belowThreshold.contentType()).startsWith("application/problem+json");
        assertThat(belowThreshold.json().get("rule").asString()).isEqualTo("claim-below-threshold");
        assertThat(belowThreshold.json().get("detail").asString()).contains("195500");
        var tooOld = helsinki.post(CLAIMS, claim("091", person, "UNACCOMPANIED_MINOR_CARE", "2025-01-01",
                "2025-01-31", 10_000));
        assertThat(tooOld.status()).isEqualTo(409);
        assertThat(tooOld.json().get("rule").asString()).isEqualTo("claim-after-age-limit");
        var unknown = helsinki.post(CLAIMS, claim("091", "nobody", "INTERPRETING", "2025-01-01", "2025-01-31", 1));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("personId");
        var future = helsinki.post(CLAIMS, claim("091", person, "INTERPRETING", "2025-01-01",
                LocalDate.now().plusDays(2).toString(), 100));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().at("/errors/0/field").asString()).isEqualTo("costsTo");
        var negative = helsinki.post(CLAIMS, claim("091", person, "INTERPRETING", "2025-01-01", "2025-01-31", -5));
        assertThat(negative.status()).isEqualTo(400);

        // scopes: another municipality neither submits for Helsinki nor reads its claims; KEHA decides
        ApiClient tampere = as(TestUser.municipalityOfficer("837"));
        assertThat(tampere.post(CLAIMS, claim("091", person, "INTERPRETING", "2025-01-01", "2025-01-31", 100))
                .status()).isEqualTo(403);
        assertThat(tampere.get(CLAIMS + "/" + id).status()).isEqualTo(403);
        assertThat(tampere.get(CLAIMS + "?municipality=091").status()).isEqualTo(403);
        assertThat(helsinki.get(CLAIMS + "?municipality=091").expect(200).json())
                .anySatisfy(c -> assertThat(c.get("id").asString()).isEqualTo(id));
        assertThat(helsinki.post(CLAIMS + "/" + id + "/approve", Map.of("reason", "OTHER")).status()).isEqualTo(403);
        assertThat(officer().post(CLAIMS, claim("091", person, "INTERPRETING", "2025-01-01", "2025-01-31", 100))
                .status()).isEqualTo(403);

        JsonNode approved = officer().post(CLAIMS + "/" + id + "/approve",
                Map.of("reason", "PARTLY_ELIGIBLE", "grounds", "Invoices checked; one session was not interpreting",
                        "approvedCents", 42_000))
                .expect(200).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedCents").asLong()).isEqualTo(42_000);
        assertThat(approved.get("decidedBy").asString()).isEqualTo("officer@keha");
        var twice = officer().post(CLAIMS + "/" + id + "/reject", Map.of("reason", "OTHER"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asString()).isEqualTo("claim-already-decided");

        List<PolkuEvent> decided = await().atMost(Duration.ofSeconds(30))
                .until(() -> published(EventType.CLAIM_DECIDED, id), e -> !e.isEmpty());
        assertThat(decided).containsExactly(new ClaimDecided(id, "091", person, "INTERPRETING", "APPROVED", 48_000,
                42_000, DecisionReason.PARTLY_ELIGIBLE));
        // the officer's own words stay in compensation: shown by its API, never published
        assertThat(approved.get("grounds").asString()).isEqualTo("Invoices checked; one session was not interpreting");

        YearMonth month = nextMonth();
        run(month, 201);
        assertThat(linesOf(month, "MUNICIPALITY", "091", person))
                .filteredOn(l -> l.get("type").asString().equals("CLAIM")).singleElement().satisfies(l -> {
                    assertThat(l.get("cents").asLong()).isEqualTo(42_000);
                    assertThat(l.get("reference").asString()).isEqualTo(id);
                    assertThat(l.get("month").asString()).isEqualTo(month.toString());
                });
        assertThat(helsinki.get(CLAIMS + "/" + id).expect(200).json().get("paymentMonth").asString())
                .isEqualTo(month.toString());
        // paid once: the next run has no claim line
        run(month.plusMonths(1), 201);
        assertThat(linesOf(month.plusMonths(1), "MUNICIPALITY", "091", person))
                .noneMatch(l -> l.get("type").asString().equals("CLAIM"));
    }

    @Test
    void aRejectedClaimIsNeverPaid() {
        String person = settle("853", LocalDate.of(2024, 9, 1), LocalDate.of(2012, 1, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION);
        JsonNode claim = as(TestUser.municipalityOfficer("853")).post(CLAIMS, claim("853", person,
                "UNACCOMPANIED_MINOR_CARE", "2025-01-01", "2025-03-31", 900_000)).expect(201).json();
        String id = claim.get("id").asString();
        JsonNode rejected = officer().post(CLAIMS + "/" + id + "/reject", Map.of("reason", "NOT_ELIGIBLE"))
                .expect(200).json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(officer().post(CLAIMS + "/" + id + "/reject", Map.of()).status()).isEqualTo(400);
        // free text where the code belongs is refused
        assertThat(officer().post(CLAIMS + "/" + id + "/reject", Map.of("reason", "Not unaccompanied")).status())
                .isEqualTo(400);
        YearMonth month = nextMonth();
        run(month, 201);
        assertThat(linesOf(month, "MUNICIPALITY", "853", person)).noneMatch(l -> l.get("type").asString()
                .equals("CLAIM"));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(EventType.CLAIM_DECIDED, id), e -> !e.isEmpty());
        assertThat(((ClaimDecided) published(EventType.CLAIM_DECIDED, id).get(0)).decision()).isEqualTo("REJECTED");
    }

    static Map<String, Object> claim(String municipality, String person, String type, String from, String to,
                                     long cents) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", municipality);
        body.put("personId", person);
        body.put("type", type);
        body.put("costsFrom", from);
        body.put("costsTo", to);
        body.put("amountCents", cents);
        body.put("reference", "INV-2025/17");
        return body;
    }
}
