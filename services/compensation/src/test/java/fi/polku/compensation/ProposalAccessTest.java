package fi.polku.compensation;

import fi.polku.events.IntegrationGroup;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV export, reports and who may read what: a municipality officer reads its own municipality only. */
class ProposalAccessTest extends PaymentServiceTest {

    @Test
    void aProposalExportsAsCsvWithPseudonymousIdsOnly() {
        agreementInForce("405");
        YearMonth month = nextMonth();
        String child = settle("405", month.minusMonths(1).atDay(12), LocalDate.of(2021, 2, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        String adult = settle("405", month.minusMonths(1).atDay(12), LocalDate.of(1979, 2, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        run(month, 201);
        String proposalId = proposal(month, "405").get("proposalId").asString();

        var csv = as(TestUser.municipalityOfficer("405")).get(RUNS + "/" + month + "/proposals/" + proposalId
                + "/lines.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("run_month,proposal_id,payee_kind,payee,line_type,month,entitlement_id,"
                + "person_id,municipality,age_band,status,reason,reference,cents,euros");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(child).contains(",UNDER_7,PAYABLE,,,54192,541.92"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(adult).contains(",SEVEN_OR_OVER,PAYABLE,,,16292,162.92")
                .startsWith(month + "," + proposalId + ",MUNICIPALITY,405,CALCULATED," + month + ","));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(15));
        JsonNode proposal = proposal(month, "405");
        assertThat(rows).hasSize(1 + proposal.get("lineCount").asInt());
    }

    @Test
    void municipalityOfficersReadTheirOwnMunicipalityOnly() {
        agreementInForce("398");
        YearMonth month = nextMonth();
        settle("398", month.minusMonths(1).atDay(2), LocalDate.of(1988, 8, 8), IntegrationGroup.TEMPORARY_PROTECTION);
        run(month, 201);
        String lahti = proposal(month, "398").get("proposalId").asString();
        String county = StreamSupport.stream(officer().get(RUNS + "/" + month).expect(200).json().get("proposals")
                        .spliterator(), false)
                .filter(p -> p.get("payeeKind").asString().equals("WELLBEING_COUNTY")).findFirst().orElseThrow()
                .get("proposalId").asString();
        ApiClient own = as(TestUser.municipalityOfficer("398"));
        ApiClient other = as(TestUser.municipalityOfficer("091"));
        String base = RUNS + "/" + month + "/proposals/";

        assertThat(own.get(base + lahti).expect(200).json().get("payee").asString()).isEqualTo("398");
        assertThat(own.get(base + lahti + "/lines").expect(200).json()).isNotEmpty();
        assertThat(own.get(RUNS + "/" + month + "/proposals?municipality=398").expect(200).json()).hasSize(1);
        for (String path : List.of(base + lahti, base + lahti + "/lines", base + lahti + "/lines.csv",
                RUNS + "/" + month + "/proposals?municipality=398",
                "/api/v1/compensation/reports/municipalities/398/" + month.getYear(),
                "/api/v1/compensation/withheld-months?municipality=398",
                "/api/v1/compensation/releases?municipality=398")) {
            var forbidden = other.get(path);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.contentType()).as(path).startsWith("application/problem+json");
        }
        // counties' proposals and whole runs are KEHA's; running is KEHA's
        assertThat(own.get(base + county).status()).isEqualTo(403);
        assertThat(own.get(RUNS + "/" + month).status()).isEqualTo(403);
        assertThat(own.get(RUNS).status()).isEqualTo(403);
        assertThat(own.post(RUNS, Map.of("month", month.plusMonths(1).toString())).status()).isEqualTo(403);
        assertThat(as(TestUser.receptionStaff("rc-oulu")).get(base + lahti).status()).isEqualTo(403);
        assertThat(new ApiClient("http://localhost:" + port, null).get(base + lahti).status()).isEqualTo(401);
        assertThat(officer().get(base + county).status()).isEqualTo(200);
        assertThat(officer().get(base + "no-such-proposal").status()).isEqualTo(404);
    }

    @Test
    void aMunicipalitysYearReportTotalsItsProposalsByMonthAndType() {
        agreementInForce("609");
        YearMonth month = nextMonth();
        // arrived two months before: the first run pays one month as an adjustment and its own month as calculated
        String person = settle("609", month.minusMonths(2).atDay(20), LocalDate.of(1970, 1, 1),
                IntegrationGroup.INTERNATIONAL_PROTECTION);
        run(month, 201);
        JsonNode report = as(TestUser.municipalityOfficer("609"))
                .get("/api/v1/compensation/reports/municipalities/609/" + month.getYear()).expect(200).json();
        JsonNode thisMonth = StreamSupport.stream(report.get("months").spliterator(), false)
                .filter(m -> m.get("month").asString().equals(month.toString())).findFirst().orElseThrow();
        assertThat(linesOf(month, "MUNICIPALITY", "609", person)).hasSize(2);
        assertThat(thisMonth.at("/payable/calculatedCents").asLong()).isGreaterThanOrEqualTo(16292);
        assertThat(thisMonth.at("/payable/adjustmentCents").asLong()).isGreaterThanOrEqualTo(16292);
        assertThat(thisMonth.get("payableCents").asLong()).isEqualTo(proposal(month, "609").get("payableCents").asLong());
        assertThat(report.get("payableCents").asLong()).isEqualTo(StreamSupport.stream(report.get("months")
                .spliterator(), false).mapToLong(m -> m.get("payableCents").asLong()).sum());
    }

    JsonNode proposal(YearMonth month, String municipality) {
        return officer().get(RUNS + "/" + month + "/proposals?municipality=" + municipality).expect(200).json().get(0);
    }
}
