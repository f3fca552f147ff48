package fi.polku.notification;

import fi.polku.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the inbox, the channels and the deliveries, without the caller's token internals. */
class ApiDocumentationTest extends NotificationServiceTest {

    @Test
    void theInboxIsDocumented() {
        JsonNode doc = new ApiClient("http://localhost:" + port, null).get("/v3/api-docs").expect(200).json();
        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/api/v1/inbox")).isTrue();
        assertThat(paths.has("/api/v1/inbox/{id}")).isTrue();
        assertThat(paths.get("/api/v1/inbox/{id}/read").has("post")).isTrue();
        JsonNode parameters = paths.get("/api/v1/inbox").get("get").get("parameters");
        assertThat(parameters.findValuesAsString("name")).containsExactlyInAnyOrder("unread", "page", "size");
        assertThat(paths.get("/api/v1/recipients/{recipient}/channels").has("get")).isTrue();
        assertThat(paths.get("/api/v1/recipients/{recipient}/channels").has("put")).isTrue();
        assertThat(paths.get("/api/v1/deliveries").get("get").get("parameters").findValuesAsString("name"))
                .containsExactlyInAnyOrder("status", "recipient", "page", "size");
        assertThat(paths.get("/api/v1/deliveries/{id}/resend").has("post")).isTrue();
        // the webhook secret can be written, never read
        JsonNode webhook = doc.get("components").get("schemas").get("WebhookRequest");
        assertThat(webhook.get("properties").get("secret").get("writeOnly").asBoolean()).isTrue();
        assertThat(doc.get("components").get("schemas").get("WebhookView").get("properties").has("secret")).isFalse();
    }
}
