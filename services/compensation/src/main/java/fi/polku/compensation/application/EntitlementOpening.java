package fi.polku.compensation.application;

import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.RuleBook;
import fi.polku.events.EventRejectedException;
import fi.polku.events.placement.Settled;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.kit.store.Aggregates.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Opens an entitlement for every resident of a household whose municipality of residence was recorded. */
public class EntitlementOpening {

    private static final Logger log = LoggerFactory.getLogger(EntitlementOpening.class);

    private final Aggregates<Entitlement> entitlements;
    private final RuleBook rules;

    public EntitlementOpening(Aggregates<Entitlement> entitlements, RuleBook rules) {
        this.entitlements = entitlements;
        this.rules = rules;
    }

    /**
     * Each entitlement's id derives from the person, so a redelivery (or a later Settled of the same person) finds
     * it and changes nothing: the period runs from the first kotikunta. A failure part-way is safe to redeliver.
     */
    public void settled(IncomingEvent<Settled> event) {
        Settled settled = event.data();
        if (!rules.municipalities().exists(settled.municipality())) {
            throw new EventRejectedException("Event " + event.id() + " names unknown municipality "
                    + settled.municipality());
        }
        CompensationGroup group = CompensationGroup.of(settled.integrationGroup());
        Residence first = new Residence(settled.municipality(), settled.residentSince());
        for (Settled.Resident resident : settled.residents()) {
            String id = Entitlement.idFor(resident.personId());
            boolean opened = entitlements.createOnce(event.id(), id, () -> {
                Entitlement entitlement = Entitlement.open(resident.personId(), resident.birthDate(),
                        settled.householdId(), settled.caseId(), group, first, rules.periods());
                return new Change<>(entitlement, List.of(entitlement.opened()));
            });
            log.debug("Settled {}: entitlement {} {}", event.id(), id, opened ? "opened" : "exists already");
        }
    }
}
