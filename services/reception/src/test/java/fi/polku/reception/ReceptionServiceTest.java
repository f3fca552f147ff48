package fi.polku.reception;

import fi.polku.testkit.ApiClient;
import fi.polku.testkit.KafkaProbe;
import fi.polku.testkit.PolkuTestProperties;
import fi.polku.testkit.TestUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reception service on the shared broker and Mongo-protocol server, with topics and a database of its own. */
@SpringBootTest(classes = ReceptionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=reception")
abstract class ReceptionServiceTest {

    static final String RUN = PolkuTestProperties.newRunId();
    static final String PREFIX = PolkuTestProperties.topicPrefix(RUN);
    static final String RESIDENTS = PREFIX + "polku.reception.residents.v1";
    static final String CASES = PREFIX + "polku.placement.cases.v1";
    static final KafkaProbe probe = KafkaProbe.shared();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PolkuTestProperties.forService("reception", RUN).forEach((k, v) -> registry.add(k, () -> v));
    }

    ApiClient staff(String centre) {
        return ApiClient.as("http://localhost:" + port, TestUser.receptionStaff(centre));
    }

    ApiClient auditor() {
        return ApiClient.as("http://localhost:" + port, TestUser.auditor());
    }

    /** A household of two with a permit each; returns its id. */
    String registerWithPermit(String centre) {
        JsonNode household = staff(centre).post("/api/v1/households", Map.of("receptionCentreId", centre,
                "members", List.of(member("Amina", "1952-10-13", "131052-308T", "APPLICANT"),
                        member("Omar", "2019-03-01", null, "CHILD")))).expect(201).json();
        String id = household.get("id").asString();
        for (JsonNode member : household.get("members")) {
            staff(centre).post("/api/v1/households/" + id + "/permits", permit(member.get("personId").asString()))
                    .expect(200);
        }
        return id;
    }

    static Map<String, Object> permit(String personId) {
        return Map.of("personId", personId, "decisionDate", "2025-11-03", "permitType", "continuous (A)",
                "integrationGroup", "INTERNATIONAL_PROTECTION");
    }

    /** Every member's consent, given today, to pass data to the recipients; returns the members' ids. */
    List<String> consentForAll(String centre, String householdId, String... recipients) {
        List<String> persons = personIds(centre, householdId);
        for (String person : persons) {
            staff(centre).post("/api/v1/households/" + householdId + "/consents", Map.of("personId", person,
                    "scopes", List.of(recipients), "givenOn", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString()))
                    .expect(200);
        }
        return persons;
    }

    List<String> personIds(String centre, String householdId) {
        List<String> ids = new ArrayList<>();
        staff(centre).get("/api/v1/households/" + householdId).expect(200).json().get("members")
                .forEach(m -> ids.add(m.get("personId").asString()));
        return ids;
    }

    static Map<String, Object> needs(boolean evidentSocialOrHealthCareNeeds, boolean accessibility) {
        return Map.of("evidentSocialOrHealthCareNeeds", evidentSocialOrHealthCareNeeds, "accessibility",
                accessibility, "largeFamily", false, "unaccompaniedMinor", false);
    }

    static Map<String, Object> application(Map<String, Object> needs) {
        return Map.of("needs", needs, "languages", List.of("ar"), "familyTiesMunicipalities", List.of(),
                "wishedMunicipalities", List.of("564"));
    }

    static Map<String, Object> member(String firstNames, String birthDate, String code, String relationship) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("firstNames", firstNames);
        m.put("lastName", "Testinen");
        m.put("birthDate", birthDate);
        m.put("personalIdentityCode", code);
        m.put("relationship", relationship);
        m.put("unaccompaniedMinor", false);
        m.put("languages", List.of("ar"));
        return m;
    }
}
