package fi.polku.reception;

import fi.polku.events.EventCodec;
import fi.polku.events.EventType;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.placement.Settled;
import fi.polku.reception.application.OutOfContactMonitor;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TransitionFlowTest extends ReceptionServiceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Autowired
    OutOfContactMonitor monitor;
    @Autowired
    MeterRegistry meters;

    @Test
    void aSelfMoveIsPublishedAndTheConfirmedResidenceEndsTheWatch() {
        JsonNode household = register("rc-joutseno", TODAY.minusDays(100));
        String id = household.get("id").asString();
        // 100 days with a permit and no plan: flagged
        assertThat(outOfContact("rc-joutseno")).contains(id);
        monitor.refresh();
        assertThat(meters.get("polku.reception.out.of.contact").tag("reason", "PERMIT_WITHOUT_PLAN").gauge().value())
                .isGreaterThanOrEqualTo(1);

        staff("rc-joutseno").post("/api/v1/households/" + id + "/self-move",
                Map.of("municipality", "405", "moveDate", TODAY.toString())).expect(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records(RESIDENTS, EventType.SELF_MOVE_REPORTED.typeName())
                .stream().anyMatch(r -> id.equals(r.key())));
        assertThat(outOfContact("rc-joutseno")).doesNotContain(id);

        staff("rc-joutseno").post("/api/v1/households/" + id + "/move-out",
                Map.of("date", TODAY.minusDays(20).toString(), "destinationMunicipality", "405")).expect(200);
        assertThat(outOfContact("rc-joutseno")).contains(id); // moved out 20 days ago, residence not confirmed

        var settled = new Settled(UUID.randomUUID().toString(), id, "405", TODAY.minusDays(20),
                IntegrationGroup.INTERNATIONAL_PROTECTION, List.of(new Settled.Resident("p", LocalDate.of(1990, 1, 1))));
        probe.send(CASES, settled.caseId(), Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", EventType.SETTLED.typeName(), "ce_source", "/polku/placement",
                "ce_time", Instant.now().toString(), "ce_subject", settled.caseId(), "content-type", "application/json"),
                EventCodec.json().writeValueAsBytes(settled));
        await().atMost(Duration.ofSeconds(20)).until(() -> !outOfContact("rc-joutseno").contains(id));
        JsonNode after = staff("rc-joutseno").get("/api/v1/households/" + id).expect(200).json();
        assertThat(after.get("residenceMunicipality").asString()).isEqualTo("405");
    }

    @Test
    void theChecklistListsOverdueStepsAndConsentAndCompetencesCompleteThem() {
        JsonNode household = register("rc-joutseno", TODAY.minusDays(25));
        String id = household.get("id").asString();
        String person = household.get("members").get(0).get("personId").asString();
        List<String> overdue = overdueSteps(id);
        // due after 7, 14, 14 and 21 days: overdue after 25
        assertThat(overdue).contains("PERMIT_INFO_SESSION", "POPULATION_REGISTER_ENTRY", "KELA_APPLICATION", "CONSENT")
                .doesNotContain("IDENTITY_CARD_APPLICATION", "NEED_ASSESSMENT");

        staff("rc-joutseno").post("/api/v1/households/" + id + "/consents", Map.of("personId", person,
                "scopes", List.of("MUNICIPALITY", "WELLBEING_SERVICES_COUNTY"), "givenOn", TODAY.toString())).expect(200);
        staff("rc-joutseno").post("/api/v1/households/" + id + "/checklist", Map.of("step", "KELA_APPLICATION",
                "personId", person, "outcome", "DONE", "date", TODAY.toString())).expect(200);
        assertThat(overdueSteps(id)).doesNotContain("CONSENT", "KELA_APPLICATION").contains("PERMIT_INFO_SESSION");

        JsonNode withCompetences = staff("rc-joutseno").post("/api/v1/households/" + id + "/competences", Map.of(
                "personId", person, "education", "Vocational, electrician", "workHistory", "8 years",
                "skills", List.of("electrical installation"), "languages", List.of("ar", "en"))).expect(200).json();
        assertThat(withCompetences.get("competences").get(0).get("education").asString()).contains("electrician");

        var bad = staff("rc-joutseno").post("/api/v1/households/" + id + "/checklist", Map.of("step", "NO_SUCH_STEP",
                "personId", person, "outcome", "DONE", "date", TODAY.toString()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("step");
        // staff of another centre see nothing
        assertThat(staff("rc-oulu").get("/api/v1/households/" + id + "/checklist").status()).isEqualTo(403);
    }

    @Test
    void temporaryProtectionHoldersSeeWhenTheyMayApplyForAMunicipalityOfResidence() {
        JsonNode household = staff("rc-joutseno").post("/api/v1/households", Map.of("receptionCentreId", "rc-joutseno",
                "members", List.of(withArrival(member("Olena", "1985-02-02", null, "APPLICANT"), "2025-12-01"))))
                .expect(201).json();
        String id = household.get("id").asString();
        String person = household.get("members").get(0).get("personId").asString();
        JsonNode after = staff("rc-joutseno").post("/api/v1/households/" + id + "/permits", Map.of("personId", person,
                "decisionDate", "2026-01-10", "permitType", "temporary protection",
                "integrationGroup", "TEMPORARY_PROTECTION")).expect(200).json();
        assertThat(after.get("mayApplyForMunicipalityOfResidenceFrom").get(person).asString()).isEqualTo("2026-12-01");
    }

    private static Map<String, Object> withArrival(Map<String, Object> member, String arrived) {
        var copy = new java.util.LinkedHashMap<>(member);
        copy.put("arrivedInFinland", arrived);
        return copy;
    }

    private JsonNode register(String centre, LocalDate permitDate) {
        JsonNode household = staff(centre).post("/api/v1/households", Map.of("receptionCentreId", centre,
                "members", List.of(member("Amina", "1990-01-01", null, "APPLICANT")))).expect(201).json();
        String id = household.get("id").asString();
        return staff(centre).post("/api/v1/households/" + id + "/permits", Map.of(
                "personId", household.get("members").get(0).get("personId").asString(),
                "decisionDate", permitDate.toString(), "permitType", "continuous (A)",
                "integrationGroup", "INTERNATIONAL_PROTECTION")).expect(200).json();
    }

    private List<String> outOfContact(String centre) {
        return staff(centre).get("/api/v1/out-of-contact").expect(200).json().valueStream()
                .map(n -> n.get("householdId").asString()).toList();
    }

    private List<String> overdueSteps(String householdId) {
        return staff("rc-joutseno").get("/api/v1/checklist/overdue").expect(200).json().valueStream()
                .filter(n -> n.get("householdId").asString().equals(householdId))
                .map(n -> n.get("item").get("step").asString()).toList();
    }
}
