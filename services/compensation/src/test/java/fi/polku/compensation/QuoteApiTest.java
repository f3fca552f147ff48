package fi.polku.compensation;

import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QuoteApiTest extends CompensationServiceTest {

    static final String QUOTES = "/api/v1/compensation/quotes";

    @Test
    void quotesMonthByMonthInCents() {
        agreementInForce("091");
        Map<String, Object> body = quote("2019-03-01", "OTHER", "091", "2025-02-10");
        JsonNode quote = await().atMost(Duration.ofSeconds(30)).until(() -> officer().post(QUOTES, body).expect(200).json(),
                q -> "PAYABLE".equals(q.at("/months/0/status").asString()));

        assertThat(quote.get("periodStart").asString()).isEqualTo("2025-02-10");
        assertThat(quote.get("periodEnd").asString()).isEqualTo("2027-02-09");
        assertThat(quote.get("months")).hasSize(24);
        JsonNode march = quote.get("months").get(0);
        assertThat(march.get("month").asString()).isEqualTo("2025-03");
        assertThat(march.get("municipality").asString()).isEqualTo("091");
        assertThat(march.get("ageBand").asString()).isEqualTo("UNDER_7");
        assertThat(march.get("municipalityCents").asLong()).isEqualTo(54192);
        assertThat(march.get("county").asString()).isEqualTo("Helsingin kaupunki");
        assertThat(march.get("countyCents").asLong()).isEqualTo(2850);
        assertThat(march.get("reason").isNull()).isTrue();
        // 12 months under 7, then 12 seven or over (7th birthday on 1.3.2026)
        assertThat(quote.get("totalMunicipalityCents").asLong()).isEqualTo(12 * 54192L + 12 * 16292L);
        assertThat(quote.get("totalCountyCents").asLong()).isEqualTo(12 * 2850L + 12 * 2875L);

        assertThat(as(TestUser.municipalityOfficer("091")).post(QUOTES, body).status()).isEqualTo(200);
    }

    @Test
    void aMunicipalityWithoutAgreementIsQuotedAsWithheld() {
        JsonNode quote = officer().post(QUOTES, quote("1990-01-01", "QUOTA", "564", "2025-01-01")).expect(200).json();
        assertThat(quote.get("months")).hasSize(36)
                .allSatisfy(m -> {
                    assertThat(m.get("status").asString()).isEqualTo("WITHHELD");
                    assertThat(m.get("reason").asString()).isEqualTo("no-agreement");
                });
        assertThat(quote.get("totalMunicipalityCents").asLong()).isZero();
        assertThat(quote.get("totalCountyCents").asLong()).isZero();
    }

    @Test
    void badInputGetsProblemDetailsWithTheField() {
        var badDate = officer().post(QUOTES, quote("2019-02-30", "OTHER", "091", "2025-02-10"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.json().at("/errors/0/field").asString()).isEqualTo("birthDate");

        var future = officer().post(QUOTES, quote("2999-01-01", "OTHER", "091", "2025-02-10"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().at("/errors/0/field").asString()).isEqualTo("birthDate");

        var missing = officer().post(QUOTES, Map.of("birthDate", "2019-03-01"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("group", "residences");

        var unknownMunicipality = officer().post(QUOTES, quote("2019-03-01", "OTHER", "999", "2025-02-10"));
        assertThat(unknownMunicipality.status()).isEqualTo(400);
        assertThat(fields(unknownMunicipality)).containsExactly("residences[0].municipality");

        var badGroup = officer().post(QUOTES, quote("2019-03-01", "REFUGEE", "091", "2025-02-10"));
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(fields(badGroup)).containsExactly("group");

        var sameDay = officer().post(QUOTES, Map.of("birthDate", "2019-03-01", "group", "OTHER", "residences",
                List.of(Map.of("municipality", "091", "from", "2025-02-10"),
                        Map.of("municipality", "837", "from", "2025-02-10"))));
        assertThat(sameDay.status()).isEqualTo(400);
        assertThat(fields(sameDay)).containsExactly("residences");
    }

    @Test
    void onlyCompensationAndTheConcernedMunicipalitysOfficersMayQuote() {
        Map<String, Object> body = quote("2019-03-01", "OTHER", "091", "2025-02-10");
        var otherMunicipality = as(TestUser.municipalityOfficer("837")).post(QUOTES, body);
        assertThat(otherMunicipality.status()).isEqualTo(403);
        assertThat(otherMunicipality.contentType()).startsWith("application/problem+json");
        assertThat(as(TestUser.receptionStaff("rc-oulu")).post(QUOTES, body).status()).isEqualTo(403);
        assertThat(new ApiClient("http://localhost:" + port, null).post(QUOTES, body).status()).isEqualTo(401);
        // a person who moved to 837 concerns 837 too
        var moved = Map.of("birthDate", "2019-03-01", "group", "OTHER", "residences",
                List.of(Map.of("municipality", "091", "from", "2025-02-10"),
                        Map.of("municipality", "837", "from", "2025-08-15")));
        assertThat(as(TestUser.municipalityOfficer("837")).post(QUOTES, moved).status()).isEqualTo(200);
    }

    @Test
    void theApiIsDocumented() {
        JsonNode docs = new ApiClient("http://localhost:" + port, null).get("/v3/api-docs").expect(200).json();
        assertThat(docs.at("/paths").propertyNames()).contains(QUOTES, "/api/v1/compensation/entitlements",
                "/api/v1/compensation/entitlements/{id}");
        assertThat(docs.at("/paths/" + QUOTES.replace("/", "~1") + "/post/summary").asString()).isNotBlank();
    }

    private static Map<String, Object> quote(String birthDate, String group, String municipality, String from) {
        return Map.of("birthDate", birthDate, "group", group,
                "residences", List.of(Map.of("municipality", municipality, "from", from)));
    }

    private static List<String> fields(ApiClient.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
