package fi.polku.notification.domain;

/**
 * A recipient's webhook: where to POST and the shared secret that signs each body, kept sealed (encrypted) at rest.
 * The secret in clear exists only in memory, while a request is signed.
 */
public record Webhook(String url, String sealedSecret) {

    public Webhook {
        if (url == null || url.isBlank() || sealedSecret == null || sealedSecret.isBlank()) {
            throw new IllegalArgumentException("A webhook needs a URL and a sealed secret");
        }
    }

    @Override
    public String toString() {
        return "Webhook[" + url + "]";
    }
}
