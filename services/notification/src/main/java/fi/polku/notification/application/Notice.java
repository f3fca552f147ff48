package fi.polku.notification.application;

import fi.polku.events.Needs;
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
 * @param needs the household needs the facts word, or null: a revoked consent withdraws them later
 */
public record Notice(Recipient recipient, NotificationKind kind, String about, String link,
                     Function<Phrases, Map<String, String>> facts, HouseholdNeeds needs) {

    /** A notice that words no household's needs. */
    public Notice(Recipient recipient, NotificationKind kind, String about, String link,
                  Function<Phrases, Map<String, String>> facts) {
        this(recipient, kind, about, link, facts, null);
    }

    /** The needs of one household, as shared with the recipient. */
    public record HouseholdNeeds(String householdId, Needs needs) {
    }
}
