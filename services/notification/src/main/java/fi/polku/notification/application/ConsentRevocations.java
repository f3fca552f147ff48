package fi.polku.notification.application;

import fi.polku.events.Needs;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.kit.store.Aggregates.Change;
import fi.polku.notification.domain.ConsentRevocation;
import fi.polku.notification.domain.Notification;

import java.util.List;

/**
 * A revoked consent stops further sharing of the household's needs from this service: the notifications that word
 * them and have not left yet (every inbox one, every undelivered webhook or e-mail one) are reworded without them, so
 * no later read, delivery or re-send carries them, and later notifications of the household word none. Each write
 * records the event's id, so a redelivered revocation changes nothing.
 */
public class ConsentRevocations {

    private final Aggregates<ConsentRevocation> revocations;
    private final Aggregates<Notification> notifications;
    private final NeedsQueries queries;
    private final MessageRenderer renderer;

    public ConsentRevocations(Aggregates<ConsentRevocation> revocations, Aggregates<Notification> notifications,
                              NeedsQueries queries, MessageRenderer renderer) {
        this.revocations = revocations;
        this.notifications = notifications;
        this.queries = queries;
        this.renderer = renderer;
    }

    public void consentRevoked(IncomingEvent<ConsentRevoked> event) {
        ConsentRevoked revoked = event.data();
        // recorded first: an offer notified while the old ones are reworded words no needs either
        revocations.createOnce(event.id(), revoked.householdId(), () -> new Change<>(
                new ConsentRevocation(revoked.householdId(), revoked.revokedOn()), List.of()));
        for (Notification notification : queries.wordingNeedsOf(revoked.householdId())) {
            notifications.updateOnce(event.id(), notification.id(), n -> {
                n.needs().ifPresent(shared -> n.withdrawNeeds(ConsentRevocation.withoutConsent(shared),
                        renderer::needs));
                return List.of();
            });
        }
    }

    /** The needs of the household that may be told now: all of them unless a consent was revoked. */
    public Needs shareable(String householdId, Needs needs) {
        return revocations.find(householdId).isPresent() ? ConsentRevocation.withoutConsent(needs) : needs;
    }
}
