package fi.polku.placement.application;

import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.MunicipalityRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The coordinator records a municipality's placement agreement; every change is an event. */
public class AgreementService {

    private final Aggregates<Agreement> agreements;
    private final MunicipalityRegister register;
    private final Clock clock;

    public AgreementService(Aggregates<Agreement> agreements, MunicipalityRegister register, Clock clock) {
        this.agreements = agreements;
        this.register = register;
        this.clock = clock;
    }

    public Agreement record(String municipality, AgreementTerms terms) {
        if (!register.exists(municipality, LocalDate.now(clock.withZone(PlacementService.HELSINKI)))) {
            throw new InvalidInput("municipality", "no such municipality");
        }
        if (agreements.find(municipality).isEmpty()) {
            try {
                Agreement agreement = Agreement.of(municipality, terms);
                return agreements.create(municipality, agreement, List.of(agreement.changed()));
            } catch (AggregateAlreadyExists raced) {
                // someone created it meanwhile: fall through to a change
            }
        }
        return agreements.update(municipality, a -> List.of(a.change(terms)));
    }

    public Optional<Agreement> find(String municipality) {
        return agreements.find(municipality);
    }
}
