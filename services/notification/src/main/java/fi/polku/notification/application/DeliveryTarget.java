package fi.polku.notification.application;

import java.util.List;

/**
 * Where a notification goes now, resolved from the recipient's current channels when it is sent (so a corrected
 * URL or a rotated secret applies to re-sends). The endpoint names the resilience guards of the destination.
 */
public sealed interface DeliveryTarget {

    String endpoint();

    record WebhookTarget(String endpoint, String url, String secret) implements DeliveryTarget {

        @Override
        public String toString() {
            return "WebhookTarget[" + endpoint + "]";
        }
    }

    record EmailTarget(String endpoint, List<String> addresses) implements DeliveryTarget {

        @Override
        public String toString() {
            return "EmailTarget[" + endpoint + ", " + addresses.size() + " addresses]";
        }
    }
}
