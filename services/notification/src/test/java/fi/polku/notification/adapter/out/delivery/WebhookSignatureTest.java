package fi.polku.notification.adapter.out.delivery;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature against a vector computed elsewhere (Python's hmac), and what a receiver's check refuses. */
class WebhookSignatureTest {

    static final String SECRET = "whsec-test-secret-0123456789abcdef";
    static final long T = 1_767_607_200L;
    static final byte[] BODY = "{\"id\":\"n-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTimestampDotBodyWithHmacSha256InLowerCaseHex() {
        assertThat(WebhookSignature.header(SECRET, T, BODY))
                .isEqualTo("t=1767607200,v1=36653caec91e28588b0e2d3665b2ab9d2585d945040d767ae36854d0b559a3ed");
    }

    @Test
    void aReceiverAcceptsTheGenuineSignatureWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, T, BODY);
        assertThat(WebhookSignature.verify(header, SECRET, BODY, T + 299, 300)).isTrue();
        assertThat(WebhookSignature.verify(" v1=" + header.substring(header.indexOf("v1=") + 3) + ", t=" + T, SECRET,
                BODY, T, 300)).as("order and spaces do not matter").isTrue();
    }

    @Test
    void aReceiverRefusesAnAlteredBodyAWrongSecretAnOldTimestampOrAMalformedHeader() {
        String header = WebhookSignature.header(SECRET, T, BODY);
        assertThat(WebhookSignature.verify(header, SECRET, "{\"id\":\"n-2\"}".getBytes(StandardCharsets.UTF_8), T, 300))
                .isFalse();
        assertThat(WebhookSignature.verify(header, SECRET + "x", BODY, T, 300)).isFalse();
        assertThat(WebhookSignature.verify(header, SECRET, BODY, T + 301, 300)).isFalse();
        // a replayed signature under a new timestamp does not verify: the timestamp is signed
        assertThat(WebhookSignature.verify(header.replace("t=" + T, "t=" + (T + 10)), SECRET, BODY, T + 10, 300))
                .isFalse();
        assertThat(WebhookSignature.verify(null, SECRET, BODY, T, 300)).isFalse();
        assertThat(WebhookSignature.verify("v1=abc", SECRET, BODY, T, 300)).isFalse();
        assertThat(WebhookSignature.verify("t=x,v1=abc", SECRET, BODY, T, 300)).isFalse();
    }
}
