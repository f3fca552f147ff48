package fi.polku.reception;

import fi.polku.kit.retention.RetentionPeriod;
import fi.polku.reception.application.HouseholdRetention;
import fi.polku.testkit.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data goes a configurable time after the case closed; what is pseudonymous stays; the purge is audited. */
@Import(RetentionFlowTest.Clocks.class)
class RetentionFlowTest extends ReceptionServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    HouseholdRetention retention;
    @Autowired
    RetentionPeriod period;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aClosedCasePastThePeriodIsAnonymisedAndOneInsideItIsUntouched() {
        assertThat(period.afterClosure()).isEqualTo(java.time.Period.ofYears(2));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
        String closedLongAgo = closedHousehold(today.minusDays(10));
        String closedLater = closedHousehold(today.plusDays(60));
        String open = registerWithPermit("rc-turku");

        clock.advance(Duration.ofDays(2 * 366 + 20));
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        Document gone = state(closedLongAgo);
        for (Document member : gone.getList("members", Document.class)) {
            assertThat(member.getString("personId")).isNotBlank();
            assertThat(member.get("firstNames")).isNull();
            assertThat(member.get("lastName")).isNull();
            assertThat(member.get("personalIdentityCode")).isNull();
            assertThat(member.get("representative")).isNull();
            assertThat(member.get("languages")).isEqualTo(List.of("ar"));
        }
        // the birth year stays for statistics (the staff's view is audited like any other read)
        assertThat(staff("rc-turku").get("/api/v1/households/" + closedLongAgo).expect(200).json().get("members"))
                .extracting(m -> m.get("birthDate").asString()).containsExactly("1952-01-01", "2010-01-01");
        assertThat(gone.getList("competences", Document.class)).isEmpty();
        assertThat(gone.get("application", Document.class).get("needs")).isNull();
        assertThat(gone.get("application", Document.class).getList("wishedMunicipalities", String.class))
                .containsExactly("564");
        assertThat(gone.getString("status")).isEqualTo("MOVED_OUT");
        assertThat(gone.getString("destinationMunicipality")).isEqualTo("564");
        assertThat(gone.getList("permits", Document.class)).hasSize(2);
        assertThat(gone.get("anonymisedOn")).isNotNull();
        assertThat(gone.toJson()).doesNotContain("Amina", "Testinen", "131052-308T", "Edustaja", "040 123 4567",
                "edustaja@example.fi", "Welder");

        for (String untouched : List.of(closedLater, open)) {
            Document kept = state(untouched);
            assertThat(kept.toJson()).contains("Amina", "Testinen", "131052-308T");
            assertThat(kept.get("anonymisedOn")).isNull();
        }
        assertThat(state(closedLater).get("application", Document.class).get("needs")).isNotNull();

        // the purge is on the audit log: the service itself, for retention, naming the record and its people
        JsonNode entries = auditor().get("/api/v1/audit-log?record=" + closedLongAgo).expect(200).json();
        assertThat(entries).filteredOn(e -> e.get("action").asString().equals("ANONYMISE")).singleElement()
                .satisfies(e -> {
            assertThat(e.get("action").asString()).isEqualTo("ANONYMISE");
            assertThat(e.get("purpose").asString()).isEqualTo("RETENTION");
            assertThat(e.get("actor").asString()).isEqualTo("system:reception");
            assertThat(e.get("personIds")).hasSize(2);
        });
        // a second pass finds nothing more to do for this household
        retention.purge();
        assertThat(auditor().get("/api/v1/audit-log?record=" + closedLongAgo).expect(200).json())
                .filteredOn(e -> e.get("action").asString().equals("ANONYMISE")).hasSize(1);
    }

    /** A household with every kind of personal data, moved out on {@code movedOut}. */
    private String closedHousehold(LocalDate movedOut) {
        Map<String, Object> minor = new java.util.LinkedHashMap<>(member("Amina", "2010-10-13", null, "CHILD"));
        minor.put("unaccompaniedMinor", true);
        minor.put("representative", Map.of("name", "Edustaja Esimerkki", "phone", "040 123 4567",
                "email", "edustaja@example.fi"));
        JsonNode household = staff("rc-turku").post("/api/v1/households", Map.of("receptionCentreId", "rc-turku",
                "members", List.of(member("Amina", "1952-10-13", "131052-308T", "APPLICANT"), minor)))
                .expect(201).json();
        String id = household.get("id").asString();
        for (JsonNode member : household.get("members")) {
            String person = member.get("personId").asString();
            staff("rc-turku").post("/api/v1/households/" + id + "/permits", permit(person)).expect(200);
            staff("rc-turku").post("/api/v1/households/" + id + "/competences", Map.of("personId", person,
                    "education", "Vocational", "workHistory", "Welder 2001-2015", "skills", List.of("Welder"),
                    "languages", List.of("ar"))).expect(200);
        }
        consentForAll("rc-turku", id, "MUNICIPALITY", "WELLBEING_SERVICES_COUNTY");
        staff("rc-turku").post("/api/v1/households/" + id + "/placement-application", application(needs(true, true)))
                .expect(201);
        staff("rc-turku").post("/api/v1/households/" + id + "/move-out", Map.of("date", movedOut.toString(),
                "destinationMunicipality", "564")).expect(200);
        return id;
    }

    private Document state(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "households")
                .get("state", Document.class);
    }
}
