package fi.polku.notification;

import fi.polku.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the inbox, without the caller's token internals. */
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
    }
}
