package fi.polku.notification.application;

import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;

import java.util.List;
import java.util.Optional;

/** Read side of the sent channels (webhook and e-mail), for operators and recipients. */
public interface DeliveryQueries {

    /** One page of sent-channel notifications in {@code status}, newest first, of one recipient or of all. */
    List<Notification> deliveries(DeliveryStatus status, Optional<Recipient> recipient, int page, int size);
}
