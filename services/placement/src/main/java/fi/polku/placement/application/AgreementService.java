package fi.polku.placement.application;

import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.ConfirmedPlaces;
import fi.polku.placement.domain.FamilyGroupHome;
import fi.polku.placement.domain.MunicipalityRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The coordinator records municipalities' agreements and runs the yearly confirmation round; every change is an event. */
public class AgreementService {

    private final Aggregates<Agreement> agreements;
    private final AgreementQueries queries;
    private final MunicipalityRegister register;
    private final Clock clock;

    public AgreementService(Aggregates<Agreement> agreements, AgreementQueries queries, MunicipalityRegister register,
                            Clock clock) {
        this.agreements = agreements;
        this.queries = queries;
        this.register = register;
        this.clock = clock;
    }

    public Agreement record(String municipality, AgreementTerms terms) {
        if (!register.exists(municipality, today())) {
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

    /** Asks every municipality with an agreement in the regions to confirm its places for the year. */
    public List<String> requestConfirmations(List<String> regions, int year, LocalDate deadline) {
        List<String> asked = new ArrayList<>();
        for (Agreement agreement : queries.all()) {
            if (regions.contains(register.regionOf(agreement.municipality()))) {
                agreements.update(agreement.municipality(), a -> {
                    a.requestConfirmation(year, today(), deadline);
                    return List.of();
                });
                asked.add(agreement.municipality());
            }
        }
        return asked;
    }

    public Agreement confirm(String municipality, int year, List<ConfirmedPlaces> places, List<FamilyGroupHome> homes,
                             boolean takesEmergencyCases) {
        return agreements.update(municipality, a -> List.of(a.confirm(year, places, homes, takesEmergencyCases,
                today())));
    }

    public Optional<Agreement> find(String municipality) {
        return agreements.find(municipality);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlacementService.HELSINKI));
    }
}
