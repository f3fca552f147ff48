package fi.polku.reception.application;

import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.reception.domain.Household;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Keeps a household's status current as placement decides: each event applied once. */
public class PlacementProgress {

    private static final Logger log = LoggerFactory.getLogger(PlacementProgress.class);

    private final Aggregates<Household> households;

    public PlacementProgress(Aggregates<Household> households) {
        this.households = households;
    }

    public void offerAccepted(IncomingEvent<OfferAccepted> event) {
        apply(event.id(), event.data().householdId(), Household::offerAccepted);
    }

    public void assigned(IncomingEvent<Assigned> event) {
        apply(event.id(), event.data().householdId(),
                h -> h.assigned(event.data().municipality(), event.data().assignedOn()));
    }

    /** The municipality of residence is recorded: the out-of-contact watch can let the household go. */
    public void settled(IncomingEvent<Settled> event) {
        apply(event.id(), event.data().householdId(),
                h -> h.residenceConfirmed(event.data().municipality(), event.data().residentSince()));
    }

    private void apply(UUID eventId, String householdId, Consumer<Household> change) {
        if (households.find(householdId).isEmpty()) {
            // a quota refugee's case: the household never lived in a reception centre
            log.debug("Event {} is about household {} that reception does not hold", eventId, householdId);
            return;
        }
        households.updateOnce(eventId, householdId, h -> {
            change.accept(h);
            return List.of();
        });
    }
}
