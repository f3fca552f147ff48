package fi.polku.notification.application;

/**
 * Keeps webhook secrets sealed (encrypted) at rest. The sealed form names the key it was sealed with, so keys can
 * be rotated; {@code context} (the recipient) is bound into it, so a sealed value copied to another recipient does
 * not open.
 */
public interface SecretSealer {

    String seal(String secret, String context);

    /** @throws SecretUnreadable when the key it was sealed with is not configured, or the value was altered */
    String open(String sealed, String context);

    class SecretUnreadable extends RuntimeException {

        public SecretUnreadable(String message) {
            super(message);
        }
    }
}
