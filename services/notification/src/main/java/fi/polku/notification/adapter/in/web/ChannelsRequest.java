package fi.polku.notification.adapter.in.web;

import fi.polku.notification.application.ChannelSettings;
import fi.polku.notification.domain.NotificationKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A recipient's channels as they are to be: what is left out is removed (no webhook, no e-mail). */
record ChannelsRequest(
        @Valid @Schema(description = "The webhook, or null for none") WebhookRequest webhook,
        @Size(max = 10) @Schema(description = "Addresses for short e-mails with a link to the notification")
        List<@NotBlank @Size(max = 254) String> emails,
        @Schema(description = "The kinds sent to the webhook and e-mail; null for the defaults. The inbox gets all.")
        List<NotificationKind> kinds) {

    record WebhookRequest(
            @NotBlank @Size(max = 2048) @Schema(example = "https://kunta.example/polku/webhook") String url,
            @Size(min = 24, max = 256) @Schema(description = "The shared secret that signs each request (write-only; "
                    + "leave out to keep the current one)", accessMode = Schema.AccessMode.WRITE_ONLY) String secret) {

        @Override
        public String toString() {
            return "WebhookRequest[" + url + "]";
        }
    }

    ChannelSettings.Change change() {
        return new ChannelSettings.Change(webhook == null ? null
                : new ChannelSettings.WebhookChange(webhook.url(), webhook.secret()), emails, kinds);
    }
}
