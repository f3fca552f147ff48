package fi.polku.notification.domain;

/** A notification's text in one language, rendered once when the notification is made and kept as it was sent. */
public record RenderedMessage(Language language, String subject, String body) {
}
