package fi.polku.notification;

import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The channels API over HTTP: who may read and change what, validation as problem details, secrets kept in. */
class ChannelsApiTest extends NotificationServiceTest {

    static final String PATH = "/api/v1/recipients/municipality:179/channels";
    static final Map<String, Object> VALID = Map.of(
            "webhook", Map.of("url", "https://jyvaskyla.example/polku", "secret", WEBHOOK_SECRET),
            "emails", List.of("kirjaamo@jyvaskyla.example"),
            "kinds", List.of("OFFER_MADE", "OFFER_EXPIRING"));

    @Autowired
    MongoTemplate mongo;

    @Test
    void anOfficerSetsTheChannelsAndNoResponseOrStoredDocumentHoldsTheSecret() {
        JsonNode set = officer("179").put(PATH, VALID).expect(200).json();
        assertThat(set.get("recipient").asString()).isEqualTo("municipality:179");
        assertThat(set.get("inbox").asBoolean()).isTrue();
        assertThat(set.get("webhook").get("url").asString()).isEqualTo("https://jyvaskyla.example/polku");
        assertThat(set.get("webhook").get("secretSet").asBoolean()).isTrue();
        assertThat(java.util.stream.StreamSupport.stream(set.get("kinds").spliterator(), false).map(JsonNode::asString)).containsExactly("OFFER_MADE", "OFFER_EXPIRING");
        assertThat(set.get("defaultKinds").asBoolean()).isFalse();
        assertThat(set.toString()).doesNotContain(WEBHOOK_SECRET);

        JsonNode read = as(TestUser.operator()).get(PATH).expect(200).json();
        assertThat(read).isEqualTo(set);
        Document stored = mongo.getCollection("recipient_channels").find(new Document("_id", "municipality:179")).first();
        assertThat(stored.toJson()).doesNotContain(WEBHOOK_SECRET).contains("\"sealedSecret\": \"v1.");

        // the secret can be left out to keep it; the kinds can go back to the defaults
        JsonNode moved = officer("179").put(PATH, Map.of("webhook", Map.of("url", "https://jyvaskyla.example/v2")))
                .expect(200).json();
        assertThat(moved.get("webhook").get("secretSet").asBoolean()).isTrue();
        assertThat(moved.get("emails")).isEmpty();
        assertThat(moved.get("defaultKinds").asBoolean()).isTrue();
        assertThat(moved.get("kinds").size()).isGreaterThan(10);
    }

    @Test
    void aRecipientThatSetNothingHasItsInboxAndTheDefaults() {
        JsonNode view = officer("837").get("/api/v1/recipients/municipality:837/channels").expect(200).json();
        assertThat(view.get("webhook").isNull()).isTrue();
        assertThat(view.get("emails")).isEmpty();
        assertThat(view.get("defaultKinds").asBoolean()).isTrue();
    }

    @Test
    void onlyTheRecipientsOwnOfficersChangeItsChannelsAndOperatorsOnlyRead() {
        assertThat(officer("091").put(PATH, VALID).status()).isEqualTo(403);
        assertThat(officer("091").get(PATH).status()).isEqualTo(403);
        assertThat(as(TestUser.operator()).put(PATH, VALID).status()).isEqualTo(403);
        assertThat(staff("rc-oulu").put(PATH, VALID).status()).isEqualTo(403);
        assertThat(as(TestUser.compensationOfficer()).get(PATH).status()).isEqualTo(403);
        assertThat(officer("179").withToken(null).get(PATH).status()).isEqualTo(401);
        assertThat(staff("rc-oulu").put("/api/v1/recipients/reception-centre:rc-oulu/channels",
                Map.of("emails", List.of("rc-oulu@migri.example"))).status()).isEqualTo(200);
        assertThat(as(TestUser.coordinator("13")).put("/api/v1/recipients/region:13/channels",
                Map.of("emails", List.of("kuntapaikat@elinvoimakeskus.example"))).status()).isEqualTo(200);
    }

    @Test
    void invalidChannelsAreRefusedWithProblemDetailsNamingTheField() {
        // (this suite allows http and private addresses, for its receiver on this machine)
        assertInvalid(Map.of("webhook", Map.of("url", "ftp://jyvaskyla.example/polku", "secret", WEBHOOK_SECRET)),
                "webhook.url");
        assertInvalid(Map.of("webhook", Map.of("url", "https://user:pw@jyvaskyla.example/", "secret", WEBHOOK_SECRET)),
                "webhook.url");
        assertInvalid(Map.of("webhook", Map.of("url", "https://jyvaskyla.example/polku", "secret", "short")),
                "webhook.secret");
        assertInvalid(Map.of("emails", List.of("kirjaamo@jyvaskyla.example", "nobody")), "emails[1]");
        assertInvalid(Map.of("kinds", List.of("GOSSIP")), "kinds[0]");
        assertInvalid(Map.of("emails", List.of(), "colour", "blue"), "colour");

        ApiClient.Response unknown = officer("999").put("/api/v1/recipients/municipality:999/channels", VALID);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(as(TestUser.operator()).get("/api/v1/recipients/wellbeing-county:atlantis/channels").status())
                .isEqualTo(404);
        assertThat(as(TestUser.operator()).get("/api/v1/recipients/wellbeing-county:pohjanmaan-hyvinvointialue/channels")
                .status()).isEqualTo(200);
        ApiClient.Response malformed = officer("179").get("/api/v1/recipients/179/channels");
        assertThat(malformed.status()).isEqualTo(400);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        ApiClient.Response response = officer("179").put(PATH, body);
        assertThat(response.status()).as(field).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        assertThat(response.body()).doesNotContain(WEBHOOK_SECRET);
    }
}
