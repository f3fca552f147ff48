package fi.polku.notification.domain;

import java.time.Instant;

/**
 * One line of a notification's delivery history.
 *
 * @param number     1 for the first attempt; counts on across re-sends
 * @param statusCode the HTTP or SMTP reply code, when there was one
 * @param error      why it failed, in a few words (never a secret, an address or a response body)
 */
public record DeliveryAttempt(Instant at, int number, DeliveryOutcome outcome, Integer statusCode, String error) {
}
