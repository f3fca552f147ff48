package fi.polku.notification.application;

import fi.polku.notification.domain.NotificationKind;
import fi.polku.notification.domain.Recipient;

import java.util.Map;
import java.util.function.Function;

/**
 * What to tell whom about an event, before it is worded.
 *
 * @param about the id of what it is about (a placement case, an entitlement)
 * @param link  where in the API the recipient acts on it, or null
 * @param facts the template's named values, worded per language
 */
public record Notice(Recipient recipient, NotificationKind kind, String about, String link,
                     Function<Phrases, Map<String, String>> facts) {
}
