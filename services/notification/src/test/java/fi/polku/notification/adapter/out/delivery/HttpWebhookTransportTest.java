package fi.polku.notification.adapter.out.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which answers of a receiver are delivered, worth retrying, or a refusal. */
class HttpWebhookTransportTest {

    @Test
    void answersAreClassified() {
        assertThat(HttpWebhookTransport.classify(200).delivered()).isTrue();
        assertThat(HttpWebhookTransport.classify(204).delivered()).isTrue();
        for (int status : new int[]{408, 425, 429, 500, 502, 503, 504}) {
            assertThat(HttpWebhookTransport.classify(status).retryable()).as("%d", status).isTrue();
            assertThat(HttpWebhookTransport.classify(status).statusCode()).isEqualTo(status);
        }
        for (int status : new int[]{301, 400, 401, 403, 404, 410, 422}) {
            var result = HttpWebhookTransport.classify(status);
            assertThat(result.delivered() || result.retryable()).as("%d", status).isFalse();
        }
    }
}
