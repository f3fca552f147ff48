package fi.polku.compensation.application;

import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.kit.store.Aggregates.Change;

import java.util.List;

/** Keeps each municipality's terms (agreement, integration programme) as placement reports them, each event once. */
public class AgreementTracking {

    private final Aggregates<MunicipalityTerms> terms;

    public AgreementTracking(Aggregates<MunicipalityTerms> terms) {
        this.terms = terms;
    }

    public void agreementChanged(IncomingEvent<AgreementChanged> event) {
        AgreementChanged agreement = event.data();
        boolean created = terms.createOnce(event.id(), agreement.municipality(),
                () -> new Change<>(MunicipalityTerms.from(agreement, event.time()), List.of()));
        if (!created) {
            // a later event for a known municipality; a redelivery of the first one finds its id and does nothing
            terms.updateOnce(event.id(), agreement.municipality(), t -> {
                t.change(agreement, event.time());
                return List.of();
            });
        }
    }
}
