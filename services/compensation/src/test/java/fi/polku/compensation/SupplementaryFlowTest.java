package fi.polku.compensation;

import fi.polku.events.compensation.DecisionReason;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.compensation.SupplementaryApplicationDecided;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** DOMAIN.md's real example: AMIF Sylvia, 2,053.50 € / 690 € for the refugees who arrived in 2022, applied in 2023. */
class SupplementaryFlowTest extends PaymentServiceTest {

    static final String APPLICATIONS = "/api/v1/compensation/supplementary-applications";

    @Test
    void aMunicipalityAppliesForItsCohortAndTheApprovedAmountsArePaidOnce() {
        String child = settle("179", LocalDate.of(2022, 4, 1), LocalDate.of(2018, 3, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        String adult = settle("179", LocalDate.of(2022, 4, 1), LocalDate.of(1984, 3, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        String later = settle("179", LocalDate.of(2023, 1, 2), LocalDate.of(1984, 3, 1),
                IntegrationGroup.QUOTA_REFUGEE);
        ApiClient jyvaskyla = as(TestUser.municipalityOfficer("179"));
        assertThat(jyvaskyla.get("/api/v1/compensation/supplementary-programmes").expect(200).json())
                .anySatisfy(p -> {
                    assertThat(p.get("code").asString()).isEqualTo("AMIF-SYLVIA-2022");
                    assertThat(p.get("under7Cents").asLong()).isEqualTo(205350);
                    assertThat(p.get("sevenOrOverCents").asLong()).isEqualTo(69000);
                });

        var closed = jyvaskyla.post(APPLICATIONS, application("179", child, adult));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("rule").asString()).isEqualTo("supplementary-window-closed");

        clock.today(LocalDate.of(2023, 5, 15));
        var notInCohort = jyvaskyla.post(APPLICATIONS, application("179", child, later));
        assertThat(notInCohort.json().get("rule").asString()).isEqualTo("supplementary-not-in-cohort");
        assertThat(as(TestUser.municipalityOfficer("091")).post(APPLICATIONS, application("179", child)).status())
                .isEqualTo(403);
        var notResident = as(TestUser.municipalityOfficer("091")).post(APPLICATIONS, application("091", child));
        assertThat(notResident.json().get("rule").asString()).isEqualTo("supplementary-not-resident");

        JsonNode submitted = jyvaskyla.post(APPLICATIONS, application("179", child, adult)).expect(201).json();
        assertThat(submitted.get("persons")).extracting(p -> p.get("ageBand").asString() + " " + p.get("cents").asLong())
                .containsExactly("UNDER_7 205350", "SEVEN_OR_OVER 69000");
        assertThat(submitted.get("totalCents").asLong()).isEqualTo(274350);
        var again = jyvaskyla.post(APPLICATIONS, application("179", adult));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("supplementary-already-applied");
        clock.reset();

        String id = submitted.get("id").asString();
        assertThat(jyvaskyla.post(APPLICATIONS + "/" + id + "/approve", Map.of("reason", "OTHER")).status())
                .isEqualTo(403);
        JsonNode approved = officer().post(APPLICATIONS + "/" + id + "/approve",
                Map.of("reason", "ELIGIBILITY_CONFIRMED", "grounds", "Cohort and residence checked")).expect(200).json();
        assertThat(approved.get("approvedCents").asLong()).isEqualTo(274350);
        await().atMost(Duration.ofSeconds(30)).until(() -> published(EventType.SUPPLEMENTARY_APPLICATION_DECIDED, id),
                e -> !e.isEmpty());
        assertThat(published(EventType.SUPPLEMENTARY_APPLICATION_DECIDED, id)).singleElement()
                .isEqualTo(new SupplementaryApplicationDecided(id, "AMIF-SYLVIA-2022", "179", "APPROVED", 2, 274350,
                        DecisionReason.ELIGIBILITY_CONFIRMED));
        assertThat(approved.get("reason").asString()).isEqualTo("ELIGIBILITY_CONFIRMED");
        assertThat(approved.get("grounds").asString()).isEqualTo("Cohort and residence checked");

        YearMonth month = nextMonth();
        run(month, 201);
        assertThat(linesOf(month, "MUNICIPALITY", "179", child))
                .filteredOn(l -> l.get("type").asString().equals("SUPPLEMENTARY"))
                .extracting(l -> l.get("cents").asLong() + " " + l.get("reference").asString())
                .containsExactly("205350 AMIF-SYLVIA-2022");
        assertThat(linesOf(month, "MUNICIPALITY", "179", adult))
                .filteredOn(l -> l.get("type").asString().equals("SUPPLEMENTARY"))
                .extracting(l -> l.get("cents").asLong()).containsExactly(69000L);
        run(month.plusMonths(1), 201);
        assertThat(lines(month.plusMonths(1), "MUNICIPALITY", "179"))
                .noneMatch(l -> l.get("type").asString().equals("SUPPLEMENTARY"));
        assertThat(jyvaskyla.get(APPLICATIONS + "/" + id).expect(200).json().get("paymentMonth").asString())
                .isEqualTo(month.toString());
    }

    static Map<String, Object> application(String municipality, String... persons) {
        return Map.of("programme", "AMIF-SYLVIA-2022", "municipality", municipality, "personIds", List.of(persons));
    }
}
