package fi.polku.notification.application;

import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.RecipientChannels;
import fi.polku.notification.domain.Webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Resolves where a queued notification goes now. Endpoints are named {@code <recipient>/webhook/<url hash>} and
 * {@code <recipient>/email}: one set of resilience guards per destination, without a URL or address in the name.
 */
public class DeliveryTargets {

    private final ChannelSettings channels;
    private final SecretSealer sealer;

    public DeliveryTargets(ChannelSettings channels, SecretSealer sealer) {
        this.channels = channels;
        this.sealer = sealer;
    }

    /** @throws Unreachable when the recipient no longer has the channel, or its secret cannot be opened */
    public DeliveryTarget resolve(Notification notification) {
        RecipientChannels settings = channels.find(notification.recipient())
                .orElseThrow(() -> new Unreachable("the recipient has no channels any more"));
        String recipient = notification.recipient().key();
        return switch (notification.channel()) {
            case WEBHOOK -> {
                Webhook webhook = settings.webhook()
                        .orElseThrow(() -> new Unreachable("the recipient has no webhook any more"));
                String secret;
                try {
                    secret = sealer.open(webhook.sealedSecret(), recipient);
                } catch (SecretSealer.SecretUnreadable e) {
                    throw new Unreachable("the webhook secret cannot be opened with the configured keys");
                }
                yield new DeliveryTarget.WebhookTarget(recipient + "/webhook/" + hash(webhook.url()), webhook.url(),
                        secret);
            }
            case EMAIL -> {
                if (settings.emails().isEmpty()) {
                    throw new Unreachable("the recipient has no e-mail addresses any more");
                }
                yield new DeliveryTarget.EmailTarget(recipient + "/email", settings.emails());
            }
            case INBOX -> throw new IllegalArgumentException("Inbox notifications are not sent");
        };
    }

    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notification cannot be sent anywhere as things stand: a permanent failure until someone fixes it. */
    public static class Unreachable extends RuntimeException {

        public Unreachable(String reason) {
            super(reason);
        }
    }
}
