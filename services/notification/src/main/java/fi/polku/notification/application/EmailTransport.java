package fi.polku.notification.application;

import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.Notification;

import java.util.List;

/** Sends a notification as one e-mail to the recipient's addresses. */
public interface EmailTransport {

    AttemptResult send(Notification notification, List<String> addresses);
}
