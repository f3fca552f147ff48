package fi.polku.placement.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Period;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The periodic jobs of placement: offers past their deadline expire, merged municipalities' residents move to the
 * receiving ones, and the count of cases past their target ({@code polku.placement.cases.past.target}) is current.
 */
public class PathWatch {

    private final PlacementService placement;
    private final ResidenceService residence;
    private final CaseQueries queries;
    private final Period target;
    private final AtomicLong pastTarget = new AtomicLong();

    public PathWatch(PlacementService placement, ResidenceService residence, CaseQueries queries, Period target,
                     MeterRegistry meters) {
        this.placement = placement;
        this.residence = residence;
        this.queries = queries;
        this.target = target;
        Gauge.builder("polku.placement.cases.past.target", pastTarget, AtomicLong::get)
                .description("Cases not assigned although the permit is older than the target").register(meters);
    }

    public void run() {
        placement.expireDueOffers();
        residence.followMerges();
        pastTarget.set(queries.unassignedWithPermitBefore(placement.today().minus(target), null).size());
    }

    public long pastTarget() {
        return pastTarget.get();
    }
}
