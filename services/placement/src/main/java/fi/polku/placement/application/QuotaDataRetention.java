package fi.polku.placement.application;

import fi.polku.placement.domain.PlacementCase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * Anonymises quota refugees' personal data a retention period ({@code polku.retention.after-closure}) after their
 * case closed: settled in the first municipality of residence. The municipality has had the data since its release;
 * placement keeps only what its statistics and the release record need.
 */
public class QuotaDataRetention {

    private final CaseQueries cases;
    private final QuotaDataService data;
    private final Period afterClosure;
    private final Clock clock;

    public QuotaDataRetention(CaseQueries cases, QuotaDataService data, Period afterClosure, Clock clock) {
        if (afterClosure.isNegative() || afterClosure.isZero()) {
            throw new IllegalArgumentException("polku.retention.after-closure must be a positive period");
        }
        this.cases = cases;
        this.data = data;
        this.afterClosure = afterClosure;
        this.clock = clock;
    }

    /** Anonymises what is due; returns how many cases' data it anonymised. */
    public int purge() {
        LocalDate today = LocalDate.now(clock.withZone(PlacementService.HELSINKI));
        int done = 0;
        for (PlacementCase settled : cases.quotaSettledBefore(today.minus(afterClosure))) {
            if (data.anonymise(settled.id(), today)) {
                done++;
            }
        }
        return done;
    }
}
