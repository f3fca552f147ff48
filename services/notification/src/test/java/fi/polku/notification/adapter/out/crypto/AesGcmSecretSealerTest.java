package fi.polku.notification.adapter.out.crypto;

import fi.polku.notification.application.SecretSealer.SecretUnreadable;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook secrets at rest: AES-GCM, bound to their recipient, rotatable keys, the development key marked. */
class AesGcmSecretSealerTest {

    static final byte[] KEY = new byte[32];
    static final byte[] NEXT_KEY = "another-key-of-exactly-32-bytes!".getBytes();
    static final String SECRET = "whsec-a-secret-nobody-may-read";

    final AesGcmSecretSealer sealer = new AesGcmSecretSealer(KEY, List.of());

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndRecipient() {
        String sealed = sealer.seal(SECRET, "municipality:091");

        assertThat(sealed).startsWith("v1." + AesGcmSecretSealer.keyId(KEY) + ".").doesNotContain(SECRET);
        assertThat(sealer.open(sealed, "municipality:091")).isEqualTo(SECRET);
        assertThat(sealer.seal(SECRET, "municipality:091")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> sealer.open(sealed, "municipality:049")).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> new AesGcmSecretSealer(NEXT_KEY, List.of()).open(sealed, "municipality:091"))
                .isInstanceOf(SecretUnreadable.class).hasMessageContaining("not configured");
        assertThatThrownBy(() -> sealer.open("plain text", "municipality:091")).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void anAlteredSecretDoesNotOpen() {
        String sealed = sealer.seal(SECRET, "municipality:091");
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> sealer.open(altered, "municipality:091")).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void afterARotationThePreviousKeyStillOpensWhatItSealed() {
        String old = sealer.seal(SECRET, "municipality:091");
        AesGcmSecretSealer rotated = new AesGcmSecretSealer(NEXT_KEY, List.of(KEY));

        assertThat(rotated.open(old, "municipality:091")).isEqualTo(SECRET);
        assertThat(rotated.seal(SECRET, "municipality:091")).startsWith("v1." + AesGcmSecretSealer.keyId(NEXT_KEY));
    }

    @Test
    void withoutAConfiguredKeyTheDevelopmentKeyIsUsedAndSaysSo() {
        assertThat(AesGcmSecretSealer.fromConfiguration("", List.of()).sealsWithDevelopmentKey()).isTrue();
        String key = Base64.getEncoder().encodeToString(NEXT_KEY);
        assertThat(AesGcmSecretSealer.fromConfiguration(key, List.of()).sealsWithDevelopmentKey()).isFalse();
        assertThatThrownBy(() -> AesGcmSecretSealer.fromConfiguration("c2hvcnQ=", List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
