package fi.polku.compensation.application;

import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.CompensationGroup;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MunicipalityRegister;
import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.compensation.domain.Person;
import fi.polku.compensation.domain.Residence;
import fi.polku.compensation.domain.ResidenceHistory;
import fi.polku.compensation.domain.Schedule;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.Aggregates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Monthly compensation lines: quoted for anyone, or of a stored entitlement, against the terms we hold now. */
public class CompensationSchedules {

    private final Aggregates<Entitlement> entitlements;
    private final Aggregates<MunicipalityTerms> terms;
    private final CompensationCalculator calculator;
    private final MunicipalityRegister municipalities;

    public CompensationSchedules(Aggregates<Entitlement> entitlements, Aggregates<MunicipalityTerms> terms,
                                 CompensationCalculator calculator, MunicipalityRegister municipalities) {
        this.entitlements = entitlements;
        this.terms = terms;
        this.calculator = calculator;
        this.municipalities = municipalities;
    }

    /** What a person would bring, month by month, if their first kotikunta began with the first residence. */
    public Schedule quote(LocalDate birthDate, CompensationGroup group, List<Residence> residences) {
        for (int i = 0; i < residences.size(); i++) {
            if (!municipalities.exists(residences.get(i).municipality())) {
                throw new InvalidInput("residences[" + i + "].municipality", "unknown municipality");
            }
        }
        ResidenceHistory history = new ResidenceHistory(residences);
        return calculator.schedule(new Person(birthDate, history), calculator.periodFor(group, history.start()),
                termsLookup());
    }

    public Entitlement entitlement(String id) {
        return entitlements.find(id).orElseThrow(() -> new NotFound("entitlement", id));
    }

    public Schedule schedule(Entitlement entitlement) {
        return calculator.schedule(entitlement.person(), entitlement.period(), termsLookup());
    }

    private Function<String, Optional<MunicipalityTerms>> termsLookup() {
        Map<String, Optional<MunicipalityTerms>> loaded = new HashMap<>();
        return code -> loaded.computeIfAbsent(code, terms::find);
    }
}
