package fi.polku.compensation.application;

import fi.polku.compensation.domain.CompensationCalculator;
import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.compensation.domain.payment.Due;
import fi.polku.compensation.domain.payment.Dues;
import fi.polku.compensation.domain.payment.ReleasedMonth;
import fi.polku.compensation.domain.payment.WithheldRelease;
import fi.polku.kit.store.Aggregates;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What should have been paid for each entitlement, against the municipalities' terms and the releases as they stand
 * when a run starts (each municipality's terms are read once per run). What changes later is the next run's news.
 * Safe to use from several threads.
 */
final class DuesAtRunStart {

    private final CompensationCalculator calculator;
    private final Aggregates<MunicipalityTerms> terms;
    private final Map<String, Optional<MunicipalityTerms>> termsByCode = new ConcurrentHashMap<>();
    private final Map<String, Set<ReleasedMonth>> released = new HashMap<>();

    DuesAtRunStart(CompensationCalculator calculator, Aggregates<MunicipalityTerms> terms,
                   List<WithheldRelease> releases) {
        this.calculator = calculator;
        this.terms = terms;
        for (WithheldRelease r : releases) {
            released.computeIfAbsent(r.entitlementId(), k -> new HashSet<>()).add(r.releasedMonth());
        }
    }

    List<Due> of(Entitlement entitlement, YearMonth through) {
        var schedule = calculator.schedule(entitlement.person(), entitlement.period(),
                code -> termsByCode.computeIfAbsent(code, terms::find), through);
        return Dues.of(schedule, through, released.getOrDefault(entitlement.id(), Set.of()));
    }
}
