package fi.polku.notification.application;

import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.Notification;

/** POSTs a notification to a webhook, signed with the secret and carrying its id as the idempotency key. */
public interface WebhookTransport {

    AttemptResult post(Notification notification, String url, String secret);
}
