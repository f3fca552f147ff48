package fi.polku.notification.adapter.in.web;

import fi.polku.notification.domain.DeliveryAttempt;
import fi.polku.notification.domain.Notification;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A webhook or e-mail delivery as operators see it: where it stands and its history, not its text (which may hold
 * details only its recipient is to read).
 */
record DeliveryView(@Schema(description = "The notification id, also the idempotency key of every attempt") String id,
                    String recipient, String channel, String kind, String about, String sourceEventId,
                    @Schema(example = "FAILED") String status, int attempts, Instant nextAttemptAt, Instant createdAt,
                    List<AttemptView> history) {

    record AttemptView(int number, Instant at, String outcome, Integer statusCode, String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.number(), a.at(), a.outcome().name(), a.statusCode(), a.error());
        }
    }

    static DeliveryView of(Notification n) {
        return new DeliveryView(n.id(), n.recipient().key(), n.channel().name(), n.kind().name(), n.about(),
                n.sourceEventId(), n.status().name(), n.attempts(), n.nextAttemptAt().orElse(null), n.createdAt(),
                n.history().stream().map(AttemptView::of).toList());
    }
}
