package fi.polku.notification;

import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.NotificationKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code polku.notification.*}: what is configuration rather than code.
 *
 * @param recipientLanguages languages of recipients other than municipalities (which follow their language
 *                           status), by recipient kind ({@code reception-centre: en}) or by one recipient
 *                           ({@code "[reception-centre:rc-vaasa]": sv,en}); the latter wins
 * @param placementApiUrl    base URL of links into the placement API; empty keeps them relative
 * @param compensationApiUrl base URL of links into the compensation API; empty keeps them relative
 * @param publicApiUrl       base URL of this service's API as recipients reach it: e-mails link to the inbox there
 * @param secretKey          base64 of the 32-byte AES key that seals webhook secrets; blank means the public
 *                           development key (local runs only)
 * @param previousSecretKeys keys that sealed secrets before the current one, still able to open them
 * @param defaultKinds       the kinds sent to webhooks and e-mail by default, by recipient kind; a recipient kind
 *                           not listed gets every kind addressed to it
 * @param channels           channels set from configuration, by recipient ({@code "[wellbeing-county:<id>]"}),
 *                           for recipients no role in Polku can set them for; applied at every start
 */
@ConfigurationProperties("polku.notification")
public record NotificationProperties(Map<String, List<Language>> recipientLanguages, String placementApiUrl,
                                     String compensationApiUrl, String publicApiUrl, String secretKey,
                                     List<String> previousSecretKeys, Map<String, Set<NotificationKind>> defaultKinds,
                                     Webhooks webhooks, Email email, Delivery delivery, OfferReminder offerReminder,
                                     Map<String, ProvisionedChannels> channels) {

    public NotificationProperties {
        recipientLanguages = recipientLanguages == null ? Map.of() : recipientLanguages;
        placementApiUrl = placementApiUrl == null ? "" : placementApiUrl;
        compensationApiUrl = compensationApiUrl == null ? "" : compensationApiUrl;
        publicApiUrl = publicApiUrl == null ? "" : publicApiUrl;
        previousSecretKeys = previousSecretKeys == null ? List.of() : previousSecretKeys;
        defaultKinds = defaultKinds == null ? Map.of() : defaultKinds;
        webhooks = webhooks == null ? new Webhooks(null, null, null, null) : webhooks;
        email = email == null ? new Email(null) : email;
        delivery = delivery == null ? new Delivery(null, null, null, null, null) : delivery;
        offerReminder = offerReminder == null ? new OfferReminder(null, null, null) : offerReminder;
        channels = channels == null ? Map.of() : channels;
    }

    /**
     * @param requireHttps         refuse http URLs (true unless a local run says otherwise)
     * @param allowPrivateNetworks allow loopback and private addresses (local runs and tests only)
     */
    public record Webhooks(Boolean requireHttps, Boolean allowPrivateNetworks, Duration connectTimeout,
                           Duration requestTimeout) {

        public Webhooks {
            requireHttps = requireHttps == null || requireHttps;
            allowPrivateNetworks = allowPrivateNetworks != null && allowPrivateNetworks;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        }
    }

    /** @param from the sender of notification e-mails */
    public record Email(String from) {

        public Email {
            from = from == null || from.isBlank() ? "polku-noreply@localhost" : from;
        }
    }

    /**
     * @param pollInterval how often the dispatcher looks for due deliveries
     * @param batchSize    how many it claims per pass
     * @param lease        how long a claimed delivery is its worker's: longer than any one attempt can take
     * @param workers      the most concurrent sends over all endpoints (each endpoint is further capped by its
     *                     bulkhead)
     * @param busyDelay    how long a delivery whose endpoint is at its bulkhead's limit waits to be looked at again
     */
    public record Delivery(Duration pollInterval, Integer batchSize, Duration lease, Integer workers,
                           Duration busyDelay) {

        public Delivery {
            pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
            batchSize = batchSize == null ? 50 : batchSize;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            workers = workers == null ? 32 : workers;
            busyDelay = busyDelay == null ? Duration.ofSeconds(1) : busyDelay;
        }
    }

    /**
     * @param before        how long before the end of the deadline day an unanswered offer is reminded of
     * @param checkInterval how often the reminder check runs
     * @param zone          the time zone of deadline days
     */
    public record OfferReminder(Duration before, Duration checkInterval, ZoneId zone) {

        public OfferReminder {
            before = before == null ? Duration.ofDays(2) : before;
            checkInterval = checkInterval == null ? Duration.ofMinutes(5) : checkInterval;
            zone = zone == null ? ZoneId.of("Europe/Helsinki") : zone;
        }
    }

    /** A recipient's channels from configuration; the webhook secret belongs in the environment. */
    public record ProvisionedChannels(String webhookUrl, String webhookSecret, List<String> emails,
                                      List<NotificationKind> kinds) {

        @Override
        public String toString() {
            return "ProvisionedChannels[" + webhookUrl + ", " + (emails == null ? 0 : emails.size()) + " addresses]";
        }
    }
}
