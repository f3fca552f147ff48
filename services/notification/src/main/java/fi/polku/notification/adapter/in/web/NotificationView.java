package fi.polku.notification.adapter.in.web;

import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.RenderedMessage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A notification as its recipient reads it: its text in each of the recipient's languages, in order. */
record NotificationView(String id, String recipient, String channel, NotificationKind kind,
                        @Schema(description = "Id of what it is about: a placement case or an entitlement") String about,
                        @Schema(description = "Where in the API to act on it, if anywhere") String link,
                        List<MessageView> messages, Instant createdAt, Instant readAt, boolean read) {

    record MessageView(@Schema(example = "fi") String language, String subject, String body) {

        static MessageView of(RenderedMessage m) {
            return new MessageView(m.language().code(), m.subject(), m.body());
        }
    }

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.recipient().key(), n.channel().name(), n.kind(), n.about(),
                n.link().orElse(null), n.messages().stream().map(MessageView::of).toList(), n.createdAt(),
                n.readAt().orElse(null), n.isRead());
    }
}
