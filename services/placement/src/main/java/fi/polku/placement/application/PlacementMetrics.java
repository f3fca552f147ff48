package fi.polku.placement.application;

import fi.polku.events.PolkuEvent;
import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.CaseOpened;
import fi.polku.events.placement.OfferAccepted;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.events.placement.OfferExpired;
import fi.polku.events.placement.OfferMade;
import fi.polku.events.placement.Settled;
import fi.polku.kit.metrics.StoredGauges;
import fi.polku.kit.store.WriteListener;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.CaseStatus;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.PathTimes;
import fi.polku.placement.domain.PlaceGroup;
import fi.polku.placement.domain.PlacementCase;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The placement pipeline in numbers. What happens (offers answered, milestones reached) is recorded as the cases are
 * written; how things stand (cases by stage, cases past their target, places used against confirmed) is counted in
 * the store on the kit's refresh schedule. Tags are codes and enums only: no person, household or case ids.
 */
public class PlacementMetrics implements WriteListener<PlacementCase>, StoredGauges {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /**
     * Buckets (days from the permit) from which Prometheus computes any percentile across all instances with
     * {@code histogram_quantile}; client-side percentiles could not be aggregated.
     */
    static final double[] DAY_BUCKETS = {7, 14, 30, 45, 60, 90, 120, 180, 270, 365};

    private final MeterRegistry meters;
    private final CaseQueries cases;
    private final AgreementQueries agreements;
    private final MunicipalityRegister register;
    private final Period target;
    private final Clock clock;
    private final MultiGauge byStage;
    private final MultiGauge pastTarget;
    private final MultiGauge confirmed;
    private final MultiGauge used;

    public PlacementMetrics(MeterRegistry meters, CaseQueries cases, AgreementQueries agreements,
                            MunicipalityRegister register, Period target, Clock clock) {
        this.meters = meters;
        this.cases = cases;
        this.agreements = agreements;
        this.register = register;
        this.target = target;
        this.clock = clock;
        this.byStage = MultiGauge.builder("polku.placement.cases")
                .description("Placement cases by stage and route").register(meters);
        this.pastTarget = MultiGauge.builder("polku.placement.cases.past.target")
                .description("Cases not assigned within the target from the permit, by region").register(meters);
        this.confirmed = MultiGauge.builder("polku.placement.places.confirmed")
                .description("Places the municipality confirmed for the year and group").register(meters);
        this.used = MultiGauge.builder("polku.placement.places.used")
                .description("Places reserved by accepted offers for the year and group").register(meters);
        // every series from the start at zero, so that increase() counts the first offer and the first milestone
        for (String outcome : List.of("made", "accepted", "expired")) {
            offers(outcome, "none", 0);
        }
        for (PlacementCase.DeclineReason reason : PlacementCase.DeclineReason.values()) {
            offers("declined", reason.name(), 0);
        }
        for (String milestone : List.of("application", "offer", "assignment", "residence")) {
            for (PlacementCase.Route route : PlacementCase.Route.values()) {
                pathDays(milestone, route.name());
            }
        }
    }

    @Override
    public void written(PlacementCase placementCase, List<? extends PolkuEvent> events) {
        String route = placementCase.route().name();
        for (PolkuEvent event : events) {
            if (event instanceof CaseOpened) {
                days("application", route, PathTimes::toApplication, placementCase);
            } else if (event instanceof OfferMade) {
                offers("made", "none");
                if (placementCase.offers().size() == 1) {
                    days("offer", route, PathTimes::toOffer, placementCase);
                }
            } else if (event instanceof OfferAccepted) {
                offers("accepted", "none");
            } else if (event instanceof OfferDeclined declined) {
                offers("declined", declined.reason());
            } else if (event instanceof OfferExpired) {
                offers("expired", "none");
            } else if (event instanceof Assigned) {
                days("assignment", route, PathTimes::toAssignment, placementCase);
            } else if (event instanceof Settled) {
                days("residence", route, PathTimes::toResidence, placementCase);
            }
        }
    }

    private void offers(String outcome, String reason) {
        offers(outcome, reason, 1);
    }

    private void offers(String outcome, String reason, int count) {
        meters.counter("polku.placement.offers", "outcome", outcome, "reason", reason).increment(count);
    }

    private void days(String milestone, String route, Function<PathTimes, Long> days, PlacementCase placementCase) {
        Long value = days.apply(placementCase.pathTimes(today()));
        if (value == null) {
            return;
        }
        pathDays(milestone, route).record(Math.max(0, value));
    }

    private DistributionSummary pathDays(String milestone, String route) {
        return DistributionSummary.builder("polku.placement.path").baseUnit("days")
                .description("Days from the residence permit to the milestone")
                .tags("milestone", milestone, "route", route)
                .serviceLevelObjectives(DAY_BUCKETS)
                .register(meters);
    }

    @Override
    public void refresh() {
        List<MultiGauge.Row<?>> stages = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            for (PlacementCase.Route route : PlacementCase.Route.values()) {
                stages.add(MultiGauge.Row.of(Tags.of("stage", status.name(), "route", route.name()),
                        cases.count(status, route)));
            }
        }
        byStage.register(stages, true);

        LocalDate today = today();
        Map<String, Long> late = new TreeMap<>();
        register.regionCodes().forEach(region -> late.put(region, 0L));
        cases.unassignedWithPermitBefore(today.minus(target), null).stream()
                .filter(c -> c.pastTarget(target, today))
                .collect(Collectors.groupingBy(c -> String.valueOf(c.region()), Collectors.counting()))
                .forEach(late::put);
        pastTarget.register(late.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("region", e.getKey()), e.getValue()))
                .collect(Collectors.toList()), true);

        List<MultiGauge.Row<?>> confirmedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> usedRows = new ArrayList<>();
        for (Agreement agreement : agreements.all()) {
            String region = String.valueOf(register.regionOf(agreement.municipality()));
            for (int year : years(agreement)) {
                for (PlaceGroup group : PlaceGroup.values()) {
                    int placesConfirmed = agreement.confirmed(year, group);
                    int placesUsed = agreement.used(year, group);
                    if (placesConfirmed == 0 && placesUsed == 0) {
                        continue;
                    }
                    Tags tags = Tags.of("municipality", agreement.municipality(), "region", region,
                            "group", group.name(), "year", String.valueOf(year));
                    confirmedRows.add(MultiGauge.Row.of(tags, placesConfirmed));
                    usedRows.add(MultiGauge.Row.of(tags, placesUsed));
                }
            }
        }
        confirmed.register(confirmedRows, true);
        used.register(usedRows, true);
    }

    private static TreeSet<Integer> years(Agreement agreement) {
        TreeSet<Integer> years = new TreeSet<>();
        agreement.terms().places().forEach(p -> years.add(p.year()));
        agreement.terms().familyGroupHomes().forEach(h -> years.add(h.year()));
        agreement.reservations().forEach(r -> years.add(r.year()));
        return years;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}
