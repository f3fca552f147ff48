package fi.polku.notification.adapter.out.delivery;

import fi.polku.events.EventCodec;
import fi.polku.notification.domain.Notification;

import java.util.List;

/**
 * The JSON body of a webhook POST: the notification as its recipient reads it in the inbox. Its {@code id} is also
 * the {@code Idempotency-Key} header: the same on every attempt and every re-send.
 */
record WebhookPayload(String id, String kind, String recipient, String about, String link, String createdAt,
                      List<Message> messages) {

    record Message(String language, String subject, String body) {
    }

    static WebhookPayload of(Notification n) {
        return new WebhookPayload(n.id(), n.kind().name(), n.recipient().key(), n.about(), n.link().orElse(null),
                n.createdAt().toString(), n.messages().stream()
                .map(m -> new Message(m.language().code(), m.subject(), m.body())).toList());
    }

    byte[] json() {
        return EventCodec.json().writeValueAsBytes(this);
    }
}
