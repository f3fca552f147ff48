package fi.polku.notification.application;

import fi.polku.notification.domain.Notification;

import java.util.List;

/** Finds the notifications whose text words a household's needs. */
public interface NeedsQueries {

    List<Notification> wordingNeedsOf(String householdId);
}
