package fi.polku.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event schema carries pseudonymous ids, codes and flags only: {@link PersonalDataRule}. */
class MinimalEventsTest {

    static final Path SCHEMAS = Path.of("src/main/resources/schemas");

    static Stream<Path> schemas() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.walk(SCHEMAS)) {
            files = listed.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(EventType.values().length);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void noEventSchemaCarriesPersonalDataOrFreeText(Path file) throws IOException {
        JsonNode schema = EventCodec.json().readTree(Files.readString(file));
        String type = file.getFileName().toString().replace(".schema.json", "");
        assertThat(PersonalDataRule.violations(type, schema)).as(type).isEmpty();
    }

    @Test
    void reviewedFreeTextNamesRealPropertiesOfEventsAboutNoPerson() throws IOException {
        for (String key : PersonalDataRule.REVIEWED_FREE_TEXT.keySet()) {
            String type = key.substring(0, key.lastIndexOf('.'));
            String property = key.substring(key.lastIndexOf('.') + 1);
            JsonNode schema = EventCodec.json().readTree(Files.readString(SCHEMAS.resolve(type + ".schema.json")));
            assertThat(schema.path("properties").has(property)).as(key).isTrue();
        }
    }

    @Test
    void theRuleRefusesNamesIdentityCodesAndContactDetailsAnywhere() {
        JsonNode bad = schema("""
                {"type":"object","properties":{
                  "caseId":{"type":"string","minLength":1},
                  "firstNames":{"type":"string","maxLength":40},
                  "contact":{"type":"object","properties":{"recipientEmail":{"type":"string","format":"email"}}},
                  "members":{"type":"array","items":{"$ref":"#/$defs/Member"}}},
                 "$defs":{"Member":{"type":"object","properties":{
                  "personalIdentityCode":{"type":"string","pattern":"^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$"},
                  "phone_number":{"type":"string","maxLength":20}}}}}
                """);
        assertThat(PersonalDataRule.violations("fi.polku.x.Bad", bad)).containsExactlyInAnyOrder(
                "firstNames: personal data (a name, identity code, contact detail or health information)",
                "contact: personal data (a name, identity code, contact detail or health information)",
                "contact.recipientEmail: personal data (a name, identity code, contact detail or health information)",
                "#Member.personalIdentityCode: personal data (a name, identity code, contact detail or health information)",
                "#Member.phone_number: personal data (a name, identity code, contact detail or health information)");
    }

    @Test
    void theRuleRefusesFreeTextAboutAPersonEvenWhenItIsLengthLimited() {
        // the compensation decision of the previous contract: the officer's grounds next to a person id
        JsonNode grounds = schema("""
                {"type":"object","properties":{"claimId":{"type":"string","minLength":1},
                  "personId":{"type":"string","minLength":1},
                  "reason":{"type":"string","minLength":1,"maxLength":500}}}
                """);
        assertThat(PersonalDataRule.violations("fi.polku.x.Decided", grounds))
                .containsExactly("reason: free text in an event about a person or needs (use a code: enum or pattern)");
    }

    @Test
    void theRuleRefusesFreeTextInNeeds() {
        JsonNode needs = schema("""
                {"type":"object","properties":{"caseId":{"type":"string"},
                  "needs":{"type":"object","properties":{"wheelchair":{"type":"boolean"},"details":{"type":"string"}}}}}
                """);
        assertThat(PersonalDataRule.violations("fi.polku.x.Needy", needs)).containsExactly(
                "needs.details: free text in an event about a person or needs (use a code: enum or pattern)");
    }

    @Test
    void theRuleRefusesUnreviewedFreeTextEvenInEventsAboutNoPerson() {
        JsonNode note = schema("""
                {"type":"object","properties":{"runId":{"type":"string"},"note":{"type":"string","minLength":1}}}
                """);
        assertThat(PersonalDataRule.violations("fi.polku.x.Noted", note)).containsExactly(
                "note: free text not reviewed (use a code, or review it into REVIEWED_FREE_TEXT)");
        JsonNode howTo = schema("""
                {"type":"object","properties":{"runId":{"type":"string"},"howToRelease":{"type":"string"}}}
                """);
        assertThat(PersonalDataRule.violations("fi.polku.compensation.PaymentWithheld", howTo)).isEmpty();
        assertThat(PersonalDataRule.violations("fi.polku.compensation.Other", howTo)).hasSize(1);
    }

    @Test
    void codesFlagsDatesShortLabelsAndIdsPass() {
        JsonNode good = schema("""
                {"type":"object","properties":{"householdId":{"type":"string","minLength":1},
                  "personIds":{"type":"array","items":{"type":"string","minLength":1}},
                  "municipality":{"type":"string","pattern":"^[0-9]{3}$"},
                  "reason":{"type":"string","enum":["NOT_EVIDENCED","OTHER"]},
                  "permitType":{"type":"string","maxLength":80},
                  "decidedOn":{"type":"string","format":"date"},
                  "needs":{"type":"object","properties":{"evidentSocialOrHealthCareNeeds":{"type":"boolean"}}}}}
                """);
        assertThat(PersonalDataRule.violations("fi.polku.x.Good", good)).isEmpty();
    }

    private static JsonNode schema(String json) {
        return EventCodec.json().readTree(json);
    }
}
