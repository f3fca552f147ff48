package fi.polku.notification.application;

import fi.polku.notification.domain.OfferReminder;

import java.time.Instant;
import java.util.List;

/** Read side of offer reminders. */
public interface ReminderQueries {

    /** Up to {@code max} reminders still waiting whose time has come at {@code now}, earliest first. */
    List<OfferReminder> due(Instant now, int max);
}
