package fi.polku.compensation.application;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.MonthlyLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.WithheldRelease;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.store.Aggregates;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Withheld months and their release: a compensation officer may release a month that a run withheld, recording who
 * and why; the next payment run pays it as an adjustment.
 */
public class WithheldReleases {

    private static final int PAGE = 500;

    private final Aggregates<WithheldRelease> releases;
    private final ReleaseQueries queries;
    private final CompensationSchedules schedules;
    private final EntitlementQueries entitlements;
    private final PaymentRunQueries runs;
    private final Clock clock;

    public WithheldReleases(Aggregates<WithheldRelease> releases, ReleaseQueries queries,
                            CompensationSchedules schedules, EntitlementQueries entitlements, PaymentRunQueries runs,
                            Clock clock) {
        this.releases = releases;
        this.queries = queries;
        this.schedules = schedules;
        this.entitlements = entitlements;
        this.runs = runs;
        this.clock = clock;
    }

    /** Releases a withheld month of a person: it must have been run and be withheld now. */
    public WithheldRelease release(String entitlementId, YearMonth month, String grounds, String releasedBy) {
        Entitlement entitlement = schedules.entitlement(entitlementId);
        YearMonth lastRun = runs.latestCompleted().map(PaymentRun::month).orElse(null);
        if (lastRun == null || month.isAfter(lastRun)) {
            throw new DomainRuleViolation("release-month-not-run", "The month " + month + " has not been run: "
                    + "only a month a payment run withheld can be released");
        }
        MonthlyLine line = schedules.schedule(entitlement).months().stream().filter(l -> l.month().equals(month))
                .findFirst().filter(l -> !l.payable())
                .orElseThrow(() -> new DomainRuleViolation("release-not-withheld", "The month " + month
                        + " of entitlement " + entitlementId + " is not withheld"));
        return releases.create(WithheldRelease.idFor(entitlementId, month, line.municipality()),
                WithheldRelease.of(entitlementId, entitlement.personId(), month, line.municipality(), line.reason(),
                        releasedBy, grounds, clock.instant()), List.of());
    }

    /** The months of {@code municipality}'s residents that runs withheld and nobody released, oldest first. */
    public List<WithheldMonth> withheld(String municipality) {
        YearMonth lastRun = runs.latestCompleted().map(PaymentRun::month).orElse(null);
        if (lastRun == null) {
            return List.of();
        }
        Set<String> released = queries.of(municipality).stream().map(r -> r.entitlementId() + "/" + r.month())
                .collect(Collectors.toSet());
        List<WithheldMonth> withheld = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Entitlement> batch = entitlements.concerning(municipality, page, PAGE);
            for (Entitlement e : batch) {
                for (MonthlyLine l : schedules.schedule(e).months()) {
                    if (!l.payable() && !l.month().isAfter(lastRun) && l.municipality().equals(municipality)
                            && !released.contains(e.id() + "/" + l.month())) {
                        withheld.add(new WithheldMonth(e.id(), e.personId(), l.month(), l.municipality(), l.reason(),
                                l.municipalityCents(), l.county(), l.countyCents()));
                    }
                }
            }
            if (batch.size() < PAGE) {
                break;
            }
        }
        withheld.sort(java.util.Comparator.comparing(WithheldMonth::month).thenComparing(WithheldMonth::entitlementId));
        return withheld;
    }

    public List<WithheldRelease> releases(String municipality) {
        return queries.of(municipality);
    }
}
