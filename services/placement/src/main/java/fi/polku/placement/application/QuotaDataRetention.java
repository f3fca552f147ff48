package fi.polku.placement.application;

import fi.polku.kit.retention.RetentionPeriod;
import fi.polku.kit.retention.RetentionPurge;
import fi.polku.placement.domain.PlacementCase;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Anonymises quota refugees' personal data a retention period ({@code polku.retention.after-closure}) after their
 * case closed: settled in the first municipality of residence. The municipality has had the data since its release;
 * placement keeps only what its statistics and the release record need.
 */
public class QuotaDataRetention implements RetentionPurge {

    private final CaseQueries cases;
    private final QuotaDataService data;
    private final RetentionPeriod period;
    private final Clock clock;

    public QuotaDataRetention(CaseQueries cases, QuotaDataService data, RetentionPeriod period, Clock clock) {
        this.cases = cases;
        this.data = data;
        this.period = period;
        this.clock = clock;
    }

    /** Anonymises what is due; returns how many cases' data it anonymised. */
    @Override
    public int purge() {
        LocalDate today = RetentionPeriod.today(clock);
        int done = 0;
        for (PlacementCase settled : cases.quotaSettledBefore(period.closedBefore(clock))) {
            if (data.anonymise(settled.id(), today)) {
                done++;
            }
        }
        return done;
    }
}
