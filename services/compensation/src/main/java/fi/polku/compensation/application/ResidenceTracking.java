package fi.polku.compensation.application;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MunicipalityRegister;
import fi.polku.events.EventRejectedException;
import fi.polku.events.placement.ResidenceChanged;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Keeps each person's residence history current from placement's {@code ResidenceChanged}: the month's payment
 * follows the person to where they live on its first day, and a change that arrives after a month was paid is
 * corrected by an adjustment in the next payment run.
 */
public class ResidenceTracking {

    private static final Logger log = LoggerFactory.getLogger(ResidenceTracking.class);

    private final Aggregates<Entitlement> entitlements;
    private final MunicipalityRegister municipalities;

    public ResidenceTracking(Aggregates<Entitlement> entitlements, MunicipalityRegister municipalities) {
        this.entitlements = entitlements;
        this.municipalities = municipalities;
    }

    /**
     * Applies the move to every person's entitlement once (the event id is recorded in each). A person without an
     * entitlement, an unknown municipality or a move before the first kotikunta sends the event to the dead letters
     * before anything is applied, so a replay after the cause is fixed applies it whole.
     */
    public void residenceChanged(IncomingEvent<ResidenceChanged> event) {
        ResidenceChanged moved = event.data();
        if (!municipalities.exists(moved.toMunicipality())) {
            throw new EventRejectedException("Event " + event.id() + " names unknown municipality "
                    + moved.toMunicipality());
        }
        List<String> ids = moved.personIds().stream().map(Entitlement::idFor).toList();
        for (String id : ids) {
            Entitlement entitlement = entitlements.find(id).orElseThrow(() -> new EventRejectedException(
                    "Event " + event.id() + ": no entitlement " + id + " for a person who moved"));
            if (moved.since().isBefore(entitlement.residenceHistory().start())) {
                throw new EventRejectedException("Event " + event.id() + " moves entitlement " + id + " before its "
                        + "first municipality of residence");
            }
        }
        for (String id : ids) {
            try {
                boolean applied = entitlements.updateOnce(event.id(), id, e -> {
                    if (!e.moveTo(moved.toMunicipality(), moved.since())) {
                        log.debug("Entitlement {} lives in {} since {} already", id, moved.toMunicipality(),
                                moved.since());
                    }
                    return List.of();
                });
                log.debug("ResidenceChanged {}: entitlement {} {}", event.id(), id, applied ? "moved" : "had it");
            } catch (DomainRuleViolation rejected) {
                throw new EventRejectedException("Event " + event.id() + ": " + rejected.getMessage(), rejected);
            }
        }
    }
}
