package fi.polku.notification.adapter.in.web;

import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;
import fi.polku.notification.domain.RecipientChannels;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A recipient's channels as the API shows them: the webhook secret never leaves the service. */
record ChannelsView(String recipient,
                    @Schema(description = "Always true: every recipient has its inbox") boolean inbox,
                    WebhookView webhook, List<String> emails, Set<NotificationKind> kinds,
                    @Schema(description = "Whether the kinds are the defaults of the recipient's kind")
                    boolean defaultKinds, Instant updatedAt) {

    record WebhookView(String url, @Schema(description = "Whether a signing secret is set (it is never shown)")
                       boolean secretSet) {
    }

    static ChannelsView of(RecipientChannels channels, Set<NotificationKind> defaults) {
        return new ChannelsView(channels.recipient().key(), true,
                channels.webhook().map(w -> new WebhookView(w.url(), true)).orElse(null), channels.emails(),
                channels.kinds(defaults), channels.usesDefaultKinds(), channels.updatedAt());
    }

    /** A recipient that never set anything: its inbox and the default kinds. */
    static ChannelsView defaults(Recipient recipient, Set<NotificationKind> defaults) {
        return new ChannelsView(recipient.key(), true, null, List.of(), defaults, true, null);
    }
}
